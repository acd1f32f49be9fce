namespace TypedTaxonomy.Validation;

/// <summary>
/// The codes of the rules checked, as XBRL processors (Arelle) report them, so that findings can be
/// compared with theirs and looked up in the specifications.
/// </summary>
public static class ValidationRules
{
    /// <summary>Calculations 1.1: the total's interval does not meet the summed items' interval.</summary>
    public const string InconsistentCalculation = "calc11e:inconsistentCalculationUsingRounding";

    /// <summary>Calculations 1.1, truncation: the total's interval does not meet the summed items' interval.</summary>
    public const string InconsistentCalculationTruncation = "calc11e:inconsistentCalculationUsingTruncation";

    /// <summary>Calculations 1.1: a value has digits finer than its decimals allow; the calculation is not checked.</summary>
    public const string ExcessDigits = "calc11e:excessDigits";

    /// <summary>Duplicate facts with different values; calculations using them are not checked.</summary>
    public const string InconsistentDuplicates = "oime:disallowedDuplicateFacts";

    /// <summary>XBRL 2.1: the rounded total differs from the sum of the rounded items.</summary>
    public const string ClassicCalculationInconsistency = "xbrl.5.2.5.2:calcInconsistency";

    /// <summary>A fact's period is not of its concept's period type.</summary>
    public const string ContextPeriodType = "xbrl.4.7.2:contextPeriodType";

    /// <summary>A duration whose end is before its start.</summary>
    public const string PeriodStartAfterEnd = "xbrl.4.7.2:periodStartBeforeEnd";

    /// <summary>A numeric fact without a unit.</summary>
    public const string NumericUnit = "xbrl.4.6.2:numericUnit";

    /// <summary>A monetary fact whose unit is not a single measure.</summary>
    public const string MonetaryUnitNotSingleMeasure = "xbrl.4.8.2:monetaryFactUnit-notSingleMeasure";

    /// <summary>A monetary fact whose unit is not an ISO 4217 currency.</summary>
    public const string MonetaryUnitNotCurrency = "xbrl.4.8.2:monetaryFactUnit-notMonetaryMeasure";

    /// <summary>A shares fact whose unit is not a single measure.</summary>
    public const string SharesUnitNotSingleMeasure = "xbrl.4.8.2:sharesFactUnit-notSingleMeasure";

    /// <summary>A shares fact whose unit is not xbrli:shares.</summary>
    public const string SharesUnitNotShares = "xbrl.4.8.2:sharesFactUnit-notSharesMeasure";

    /// <summary>A measure in the XBRL instance namespace other than xbrli:pure and xbrli:shares.</summary>
    public const string MeasureNotInXbrli = "xbrl.4.8.2:measureElement";

    /// <summary>A unit not in its simplest form: a measure both in its numerator and its denominator.</summary>
    public const string MeasureInNumeratorAndDenominator = "xbrl.4.8.4:measureBothNumDenom";

    /// <summary>A pure or percent fact whose unit is not xbrli:pure (Units Registry; a warning).</summary>
    public const string PureUnitNotPure = "utre:error-NumericFactUtrInvalid-pure";

    /// <summary>A per-share fact whose unit is not a currency divided by shares (Units Registry; a warning).</summary>
    public const string PerShareUnit = "utre:error-NumericFactUtrInvalid-perShare";

    /// <summary>A numeric fact with neither decimals nor precision.</summary>
    public const string MissingPrecisionDecimals = "xbrl.4.6.3:missingPrecisionDecimals";

    /// <summary>A fact with both decimals and precision.</summary>
    public const string BothPrecisionAndDecimals = "xbrl.4.6.3:bothPrecisionAndDecimals";

    /// <summary>A nil fact with decimals or precision.</summary>
    public const string NilPrecisionDecimals = "xbrl.4.6.3:nilPrecisionDecimals";

    /// <summary>A nil fact of a concept that is not nillable.</summary>
    public const string NotNillable = "xbrl.4.6:nillable";

    /// <summary>A fact for an abstract concept.</summary>
    public const string AbstractConcept = "xbrl.4.6:abstractConcept";

    /// <summary>A member that is not in its axis's domain.</summary>
    public const string ExplicitMemberNotValid = "xbrldie:ExplicitMemberNotValidMemberError";

    /// <summary>
    /// A roll-forward does not hold: the closing balance is not the opening balance plus the changes over the period,
    /// compared as the calculation mode compares a summation (XBRL Formula would state it as a value assertion).
    /// </summary>
    public const string RollForwardInconsistency = "typedTaxonomy:rollForwardInconsistency";

    /// <summary>A value outside the range the taxonomy states.</summary>
    public const string ValueOutOfRange = "typedTaxonomy:valueOutOfRange";

    /// <summary>A required line item that was not reported.</summary>
    public const string RequiredItemMissing = "typedTaxonomy:requiredItemMissing";
}
