using System.Text.RegularExpressions;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>The TRR 4 and 5 date formats with month names in each language the registries define.</summary>
internal static partial class DateTransforms
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string Ws = @"[ \t\n\r]*";
    private const string DayPart = "(?<d>[0-9]{1,2})";
    private const string YearPart = "(?<y>[0-9]{1,2}|[0-9]{4})";
    private const string Roman = "(?<m>(I?(X|V|I)I{0,3})|(i?(x|v|i)i{0,3}))";

    // The month names each language's patterns accept, in lower, upper and title case where the registry lists them.
    private const string Bg = "ян|фев|мар|апр|май|маи|юни|юли|авг|сеп|окт|ное|дек|ЯН|ФЕВ|МАР|АПР|МАЙ|МАИ|ЮНИ|ЮЛИ|АВГ|СЕП|ОКТ|НОЕ|ДЕК|Ян|Фев|Мар|Апр|Май|Маи|Юни|Юли|Авг|Сеп|Окт|Ное|Дек";
    private const string CsDay = "ledna|února|unora|března|brezna|dubna|května|kvetna|června|cervna|července|cervence|srpna|září|zari|října|rijna|listopadu|prosince|led|úno|uno|bře|bre|dub|kvě|kve|čvn|cvn|čvc|cvc|srp|zář|zar|říj|rij|lis|pro|LEDNA|ÚNORA|UNORA|BŘEZNA|BREZNA|DUBNA|KVĚTNA|KVETNA|ČERVNA|CERVNA|ČERVENCE|CERVENCE|SRPNA|ZÁŘÍ|ZARI|ŘÍJNA|RIJNA|LISTOPADU|PROSINCE|LED|ÚNO|UNO|BŘE|BRE|DUB|KVĚ|KVE|ČVN|CVN|ČVC|CVC|SRP|ZÁŘ|ZAR|ŘÍJ|RIJ|LIS|PRO|Ledna|Února|Unora|Března|Brezna|Dubna|Května|Kvetna|Června|Cervna|Července|Cervence|Srpna|Září|Zari|Října|Rijna|Listopadu|Prosince|Led|Úno|Uno|Bře|Bre|Dub|Kvě|Kve|Čvn|Cvn|Čvc|Cvc|Srp|Zář|Zar|Říj|Rij|Lis|Pro";
    private const string CsMonth = "leden|ledna|lednu|únor|unor|února|unora|únoru|unoru|březen|brezen|března|brezna|březnu|breznu|duben|dubna|dubnu|květen|kveten|května|kvetna|květnu|kvetnu|červen|cerven|června|cervna|červnu|cervnu|červenec|cervenec|července|cervence|červenci|cervenci|srpen|srpna|srpnu|září|zari|říjen|rijen|října|rijna|říjnu|rijnu|listopad|listopadu|prosinec|prosince|prosinci|led|úno|uno|bře|bre|dub|kvě|kve|čvn|cvn|čvc|cvc|srp|zář|zar|říj|rij|lis|pro|LEDEN|LEDNA|LEDNU|ÚNOR|UNOR|ÚNORA|UNORA|ÚNORU|UNORU|BŘEZEN|BREZEN|BŘEZNA|BREZNA|BŘEZNU|BREZNU|DUBEN|DUBNA|DUBNU|KVĚTEN|KVETEN|KVĚTNA|KVETNA|KVĚTNU|KVETNU|ČERVEN|CERVEN|ČERVNA|CERVNA|ČERVNU|CERVNU|ČERVENEC|CERVENEC|ČERVENCE|CERVENCE|ČERVENCI|CERVENCI|SRPEN|SRPNA|SRPNU|ZÁŘÍ|ZARI|ŘÍJEN|RIJEN|ŘÍJNA|RIJNA|ŘÍJNU|RIJNU|LISTOPAD|LISTOPADU|PROSINEC|PROSINCE|PROSINCI|LED|ÚNO|UNO|BŘE|BRE|DUB|KVĚ|KVE|ČVN|CVN|ČVC|CVC|SRP|ZÁŘ|ZAR|ŘÍJ|RIJ|LIS|PRO|Leden|Ledna|Lednu|Únor|Unor|Února|Unora|Únoru|Unoru|Březen|Brezen|Března|Brezna|Březnu|Breznu|Duben|Dubna|Dubnu|Květen|Kveten|Května|Kvetna|Květnu|Kvetnu|Červen|Cerven|Června|Cervna|Červnu|Cervnu|Červenec|Cervenec|Července|Cervence|Červenci|Cervenci|Srpen|Srpna|Srpnu|Září|Zari|Říjen|Rijen|Října|Rijna|Říjnu|Rijnu|Listopad|Listopadu|Prosinec|Prosince|Prosinci|Led|Úno|Uno|Bře|Bre|Dub|Kvě|Kve|Čvn|Cvn|Čvc|Cvc|Srp|Zář|Zar|Říj|Rij|Lis|Pro";
    private const string CyDay = "ion|chwe|maw|ebr|mai|meh|gor|aws|med|hyd|tach|rhag|ION|CHWE|MAW|EBR|MAI|MEH|GOR|AWS|MED|HYD|TACH|RHAG|Ion|Chwe|Maw|Ebr|Mai|Meh|Gor|Aws|Med|Hyd|Tach|Rhag";
    private const string CyMonth = "ion|chwe|maw|faw|ebr|mai|fai|meh|feh|gor|ngor|aws|med|fed|hyd|tach|dach|nhach|thach|rhag|rag|ION|CHWE|MAW|FAW|EBR|MAI|FAI|MEH|FEH|GOR|NGOR|AWS|MED|FED|HYD|TACH|DACH|NHACH|THACH|RHAG|RAG|Ion|Chwe|Maw|Faw|Ebr|Mai|Fai|Meh|Feh|Gor|Ngor|Aws|Med|Fed|Hyd|Tach|Dach|Nhach|Thach|Rhag|Rag";
    private const string De = "jan|jän|jaen|feb|mär|maer|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez|JAN|JÄN|JAEN|FEB|MÄR|MAER|MAR|APR|MAI|JUN|JUL|AUG|SEP|OKT|NOV|DEZ|Jan|Jän|Jaen|Feb|Mär|Maer|Mar|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez";
    private const string Dk = "(?<m>jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)(?<end>[A-Za-z]*)(?<dot>[.]*)";
    private const string El = "ιαν|ίαν|φεβ|μάρ|μαρ|απρ|άπρ|αρίλ|άρίλ|αριλ|άριλ|μαΐ|μαι|μάι|μαϊ|μάϊ|ιούν|ίούν|ίουν|ιουν|ιούλ|ίούλ|ίουλ|ιουλ|αύγ|αυγ|σεπ|οκτ|όκτ|νοέ|νοε|δεκ|ΙΑΝ|ΊΑΝ|IΑΝ|ΦΕΒ|ΜΆΡ|ΜΑΡ|ΑΠΡ|ΆΠΡ|AΠΡ|AΡΙΛ|ΆΡΙΛ|ΑΡΙΛ|ΜΑΪ́|ΜΑΙ|ΜΆΙ|ΜΑΪ|ΜΆΪ|ΙΟΎΝ|ΊΟΎΝ|ΊΟΥΝ|IΟΎΝ|ΙΟΥΝ|IΟΥΝ|ΙΟΎΛ|ΊΟΎΛ|ΊΟΥΛ|IΟΎΛ|ΙΟΥΛ|IΟΥΛ|ΑΎΓ|ΑΥΓ|ΣΕΠ|ΟΚΤ|ΌΚΤ|OΚΤ|ΝΟΈ|ΝΟΕ|ΔΕΚ|Ιαν|Ίαν|Iαν|Φεβ|Μάρ|Μαρ|Απρ|Άπρ|Aπρ|Αρίλ|Άρίλ|Aρίλ|Aριλ|Άριλ|Αριλ|Μαΐ|Μαι|Μάι|Μαϊ|Μάϊ|Ιούν|Ίούν|Ίουν|Iούν|Ιουν|Iουν|Ιούλ|Ίούλ|Ίουλ|Iούλ|Ιουλ|Iουλ|Αύγ|Αυγ|Σεπ|Οκτ|Όκτ|Oκτ|Νοέ|Νοε|Δεκ";
    private const string Es = "ene|feb|mar|abr|may|jun|jul|ago|sep|oct|nov|dic|ENE|FEB|MAR|ABR|MAY|JUN|JUL|AGO|SEP|OCT|NOV|DIC|Ene|Feb|Mar|Abr|May|Jun|Jul|Ago|Sep|Oct|Nov|Dic";
    private const string Et = "jaan|veebr|märts|marts|apr|mai|juuni|juuli|aug|sept|okt|nov|dets|JAAN|VEEBR|MÄRTS|MARTS|APR|MAI|JUUNI|JUULI|AUG|SEPT|OKT|NOV|DETS|Jaan|Veebr|Märts|Marts|Apr|Mai|Juuni|Juuli|Aug|Sept|Okt|Nov|Dets";
    private const string Fi = "tam|hel|maa|huh|tou|kes|hei|elo|syy|lok|mar|jou|TAM|HEL|MAA|HUH|TOU|KES|HEI|ELO|SYY|LOK|MAR|JOU|Tam|Hel|Maa|Huh|Tou|Kes|Hei|Elo|Syy|Lok|Mar|Jou";
    private const string Fr = "janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|JANV|FÉVR|FEVR|MARS|AVR|MAI|JUIN|JUIL|AOÛT|AOUT|SEPT|OCT|NOV|DÉC|DEC|Janv|Févr|Fevr|Mars|Avr|Mai|Juin|Juil|Août|Aout|Sept|Oct|Nov|Déc|Dec";
    private const string Hr = "sij|velj|ožu|ozu|tra|svi|lip|srp|kol|ruj|lis|stu|pro|SIJ|VELJ|OŽU|OZU|TRA|SVI|LIP|SRP|KOL|RUJ|LIS|STU|PRO|Sij|Velj|Ožu|Ozu|Tra|Svi|Lip|Srp|Kol|Ruj|Lis|Stu|Pro";
    private const string Hu = "jan|feb|márc|marc|ápr|apr|máj|maj|jún|jun|júl|jul|aug|szept|okt|nov|dec|JAN|FEB|MÁRC|MARC|ÁPR|APR|MÁJ|MAJ|JÚN|JUN|JÚL|JUL|AUG|SZEPT|OKT|NOV|DEC|Jan|Feb|Márc|Marc|Ápr|Apr|Máj|Maj|Jún|Jun|Júl|Jul|Aug|Szept|Okt|Nov|Dec";
    private const string It = "gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic|GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC|Gen|Feb|Mar|Apr|Mag|Giu|Lug|Ago|Set|Ott|Nov|Dic";
    private const string Lt = "sau|vas|kov|bal|geg|bir|lie|rugp|rgp|rugs|rgs|spa|spl|lap|gru|grd|SAU|VAS|KOV|BAL|GEG|BIR|LIE|RUGP|RGP|RUGS|RGS|SPA|SPL|LAP|GRU|GRD|Sau|Vas|Kov|Bal|Geg|Bir|Lie|Rugp|Rgp|Rugs|Rgs|Spa|Spl|Lap|Gru|Grd";
    private const string Lv = "janv|febr|marts|apr|maijs|jūn|jun|jūl|jul|aug|sept|okt|nov|dec|JANV|FEBR|MARTS|APR|MAIJS|JŪN|JUN|JŪL|JUL|AUG|SEPT|OKT|NOV|DEC|Janv|Febr|Marts|Apr|Maijs|Jūn|Jun|Jūl|Jul|Aug|Sept|Okt|Nov|Dec";
    private const string Nl = "jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|JAN|FEB|MAA|MRT|APR|MEI|JUN|JUL|AUG|SEP|OKT|NOV|DEC|Jan|Feb|Maa|Mrt|Apr|Mei|Jun|Jul|Aug|Sep|Okt|Nov|Dec";
    private const string No = "jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des|JAN|FEB|MAR|APR|MAI|JUN|JUL|AUG|SEP|OKT|NOV|DES|Jan|Feb|Mar|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Des";
    private const string Pl = "sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|paz|lis|gru|STY|LUT|MAR|KWI|MAJ|CZE|LIP|SIE|WRZ|PAŹ|PAZ|LIS|GRU|Sty|Lut|Mar|Kwi|Maj|Cze|Lip|Sie|Wrz|Paź|Paz|Lis|Gru";
    private const string Pt = "jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez|JAN|FEV|MAR|ABR|MAI|JUN|JUL|AGO|SET|OUT|NOV|DEZ|Jan|Fev|Mar|Abr|Mai|Jun|Jul|Ago|Set|Out|Nov|Dez";
    private const string Ro = "ian|feb|mar|apr|mai|iun|iul|aug|sep|oct|noi|nov|dec|IAN|FEB|MAR|APR|MAI|IUN|IUL|AUG|SEP|OCT|NOI|NOV|DEC|Ian|Feb|Mar|Apr|Mai|Iun|Iul|Aug|Sep|Oct|Noi|Nov|Dec";
    private const string Sk = "jan|feb|mar|apr|máj|maj|jún|jun|júl|jul|aug|sep|okt|nov|dec|JAN|FEB|MAR|APR|MÁJ|MAJ|JÚN|JUN|JÚL|JUL|AUG|SEP|OKT|NOV|DEC|Jan|Feb|Mar|Apr|Máj|Maj|Jún|Jun|Júl|Jul|Aug|Sep|Okt|Nov|Dec";
    private const string Sl = "jan|feb|mar|apr|maj|jun|jul|avg|sep|okt|nov|dec|JAN|FEB|MAR|APR|MAJ|JUN|JUL|AVG|SEP|OKT|NOV|DEC|Jan|Feb|Mar|Apr|Maj|Jun|Jul|Avg|Sep|Okt|Nov|Dec";

    // Day and month (xs:gMonthDay).
    public static string? DayMonthBg(string text) => DayMonth(DayMonthBgPattern.Match(text), MonthNames.Common);

    public static string? DayMonthCs(string text) => DayMonth(DayMonthCsPattern.Match(text), MonthNames.Czech);

    public static string? DayMonthCy(string text) => DayMonth(DayMonthCyPattern.Match(text), MonthNames.Welsh);

    public static string? DayMonthDe(string text) => DayMonth(DayMonthDePattern.Match(text), MonthNames.Common);

    public static string? DayMonthDk(string text) => DanishMonth(DayMonthDkPattern.Match(text)) is { } m ? DayMonth(m, MonthNames.Common) : null;

    public static string? DayMonthEl(string text) => DayMonth(DayMonthElPattern.Match(text), MonthNames.Common);

    public static string? DayMonthEs(string text) => DayMonth(DayMonthEsPattern.Match(text), MonthNames.Common);

    public static string? DayMonthEt(string text) => DayMonth(DayMonthEtPattern.Match(text), MonthNames.Common);

    public static string? DayMonthFi(string text) => DayMonth(DayMonthFiPattern.Match(text), MonthNames.Finnish);

    public static string? DayMonthFr(string text) => DayMonth(DayMonthFrPattern.Match(text), MonthNames.Common);

    public static string? DayMonthHr(string text) => DayMonth(DayMonthHrPattern.Match(text), MonthNames.Croatian);

    public static string? MonthDayHu(string text) => DayMonth(MonthDayHuPattern.Match(text), MonthNames.Common);

    public static string? DayMonthIt(string text) => DayMonth(DayMonthItPattern.Match(text), MonthNames.Common);

    public static string? MonthDayLt(string text) => DayMonth(MonthDayLtPattern.Match(text), MonthNames.Lithuanian);

    public static string? DayMonthLv(string text) => DayMonth(DayMonthLvPattern.Match(text), MonthNames.Common);

    public static string? DayMonthNl(string text) => DayMonth(DayMonthNlPattern.Match(text), MonthNames.Common);

    public static string? DayMonthNo(string text) => DayMonth(DayMonthNoPattern.Match(text), MonthNames.Common);

    public static string? DayMonthPl(string text) => DayMonth(DayMonthPlPattern.Match(text), MonthNames.Polish);

    public static string? DayMonthPt(string text) => DayMonth(DayMonthPtPattern.Match(text), MonthNames.Common);

    public static string? DayMonthRoman(string text) => DayMonth(DayMonthRomanPattern.Match(text), MonthNames.Roman);

    public static string? DayMonthRo(string text) => DayMonth(DayMonthRoPattern.Match(text), MonthNames.Common);

    public static string? DayMonthSk(string text) => DayMonth(DayMonthSkPattern.Match(text), MonthNames.Common);

    public static string? DayMonthSl(string text) => DayMonth(DayMonthSlPattern.Match(text), MonthNames.Common);

    // Day, month and year (xs:date).
    public static string? DayMonthYearBg(string text) => DayMonthYear(DayMonthYearBgPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearCs(string text) => DayMonthYear(DayMonthYearCsPattern.Match(text), MonthNames.Czech);

    public static string? DayMonthYearCy(string text) => DayMonthYear(DayMonthYearCyPattern.Match(text), MonthNames.Welsh);

    public static string? DayMonthYearDe(string text) => DayMonthYear(DayMonthYearDePattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearDk(string text) => DanishMonth(DayMonthYearDkPattern.Match(text)) is { } m ? DayMonthYear(m, MonthNames.Common) : null;

    public static string? DayMonthYearEl(string text) => DayMonthYear(DayMonthYearElPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearEs(string text) => DayMonthYear(DayMonthYearEsPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearEt(string text) => DayMonthYear(DayMonthYearEtPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearFi(string text) => DayMonthYear(DayMonthYearFiPattern.Match(text), MonthNames.Finnish);

    public static string? DayMonthYearFr(string text) => DayMonthYear(DayMonthYearFrPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearHr(string text) => DayMonthYear(DayMonthYearHrPattern.Match(text), MonthNames.Croatian);

    public static string? YearMonthDayHu(string text) => DayMonthYear(YearMonthDayHuPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearIt(string text) => DayMonthYear(DayMonthYearItPattern.Match(text), MonthNames.Common);

    public static string? YearDayMonthLv(string text) => DayMonthYear(YearDayMonthLvPattern.Match(text), MonthNames.Common);

    public static string? YearMonthDayLt(string text) => DayMonthYear(YearMonthDayLtPattern.Match(text), MonthNames.Lithuanian);

    public static string? DayMonthYearNl(string text) => DayMonthYear(DayMonthYearNlPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearNo(string text) => DayMonthYear(DayMonthYearNoPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearPl(string text) => DayMonthYear(DayMonthYearPlPattern.Match(text), MonthNames.Polish);

    public static string? DayMonthYearPt(string text) => DayMonthYear(DayMonthYearPtPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearRoman(string text) => DayMonthYear(DayMonthYearRomanPattern.Match(text), MonthNames.Roman);

    public static string? DayMonthYearRo(string text) => DayMonthYear(DayMonthYearRoPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearSk(string text) => DayMonthYear(DayMonthYearSkPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearSl(string text) => DayMonthYear(DayMonthYearSlPattern.Match(text), MonthNames.Common);

    // Month and year (xs:gYearMonth).
    public static string? MonthYearBg(string text) => MonthYear(MonthYearBgPattern.Match(text), MonthNames.Common);

    public static string? MonthYearCs(string text) => MonthYear(MonthYearCsPattern.Match(text), MonthNames.Czech);

    public static string? MonthYearCy(string text) => MonthYear(MonthYearCyPattern.Match(text), MonthNames.Welsh);

    public static string? MonthYearDe(string text) => MonthYear(MonthYearDePattern.Match(text), MonthNames.Common);

    public static string? MonthYearDk(string text) => DanishMonth(MonthYearDkPattern.Match(text)) is { } m ? MonthYear(m, MonthNames.Common) : null;

    public static string? MonthYearEl(string text) => MonthYear(MonthYearElPattern.Match(text), MonthNames.Common);

    public static string? MonthYearEs(string text) => MonthYear(MonthYearEsPattern.Match(text), MonthNames.Common);

    public static string? MonthYearEt(string text) => MonthYear(MonthYearEtPattern.Match(text), MonthNames.Common);

    public static string? MonthYearFi(string text) => MonthYear(MonthYearFiPattern.Match(text), MonthNames.Finnish);

    public static string? MonthYearFr(string text) => MonthYear(MonthYearFrPattern.Match(text), MonthNames.Common);

    public static string? MonthYearHr(string text) => MonthYear(MonthYearHrPattern.Match(text), MonthNames.Croatian);

    public static string? YearMonthHu(string text) => MonthYear(YearMonthHuPattern.Match(text), MonthNames.Common);

    public static string? MonthYearIt(string text) => MonthYear(MonthYearItPattern.Match(text), MonthNames.Common);

    public static string? YearMonthLt(string text) => MonthYear(YearMonthLtPattern.Match(text), MonthNames.Lithuanian);

    public static string? YearMonthLv(string text) => MonthYear(YearMonthLvPattern.Match(text), MonthNames.Common);

    public static string? MonthYearNl(string text) => MonthYear(MonthYearNlPattern.Match(text), MonthNames.Common);

    public static string? MonthYearNo(string text) => MonthYear(MonthYearNoPattern.Match(text), MonthNames.Common);

    public static string? MonthYearPl(string text) => MonthYear(MonthYearPlPattern.Match(text), MonthNames.Polish);

    public static string? MonthYearPt(string text) => MonthYear(MonthYearPtPattern.Match(text), MonthNames.Common);

    public static string? MonthYearRoman(string text) => MonthYear(MonthYearRomanPattern.Match(text), MonthNames.Roman);

    public static string? MonthYearRo(string text) => MonthYear(MonthYearRoPattern.Match(text), MonthNames.Common);

    public static string? MonthYearSk(string text) => MonthYear(MonthYearSkPattern.Match(text), MonthNames.Common);

    public static string? MonthYearSl(string text) => MonthYear(MonthYearSlPattern.Match(text), MonthNames.Common);

    /// <summary>The Danish (and Swedish) forms: the month's three letters followed by more letters or by dots, not both.</summary>
    private static Match? DanishMonth(Match m) =>
        m.Success && !(m.Groups["end"].Length > 0 && m.Groups["dot"].Length > 0) ? m : null;

    private static readonly TransformPattern DayMonthBgPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Bg + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthCsPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + CsDay + @")\.?" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthCyPattern = new("^" + Ws + DayPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + CyDay + ")[^0-9]{0,7}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthDePattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + De + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthDkPattern = new("^" + Ws + DayPart + "[^0-9]+" + Dk + Ws + "$", Options | RegexOptions.IgnoreCase);

    private static readonly TransformPattern DayMonthElPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + El + ")[^0-9]{0,8}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthEsPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Es + ")[^0-9]{0,7}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthEtPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Et + ")[^0-9]{0,5}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthFiPattern = new("^" + Ws + DayPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + Fi + ")[^0-9]{0,8}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthFrPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Fr + ")[^0-9]{0,5}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthHrPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Hr + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern MonthDayHuPattern = new("^" + Ws + "(?<m>" + Hu + ")[^0-9]{0,7}[^0-9]+" + DayPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthItPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + It + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern MonthDayLtPattern = new("^" + Ws + "(?<m>" + Lt + ")[^0-9]{0,6}[^0-9]+" + DayPart + "[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthLvPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Lv + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthNlPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Nl + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthNoPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + No + ")[^0-9]{0,6}" + Ws + "$", Options);

    // Arelle's pattern ends in "s*$" rather than whitespace; kept so the two read the same texts.
    private static readonly TransformPattern DayMonthPlPattern = new("^" + Ws + DayPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + Pl + ")[^0-9]{0,9}s*$", Options);

    private static readonly TransformPattern DayMonthPtPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Pt + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthRomanPattern = new("^" + Ws + DayPart + "[^0-9]*[^XVIxvi]" + Roman + Ws + "$", Options);

    private static readonly TransformPattern DayMonthRoPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Ro + ")[^0-9]{0,7}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthSkPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Sk + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthSlPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Sl + ")[^0-9]{0,6}" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearBgPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Bg + ")[A-Za-z]*[^0-9]+" + YearPart + "[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearCsPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + CsDay + ")[^0-9a-zA-Z]+[^0-9]*" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearCyPattern = new("^" + Ws + DayPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + CyDay + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearDePattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + De + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearDkPattern = new("^" + Ws + DayPart + "[^0-9]+" + Dk + "[^0-9]*" + YearPart + Ws + "$", Options | RegexOptions.IgnoreCase);

    private static readonly TransformPattern DayMonthYearElPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + El + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearEsPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Es + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearEtPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Et + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearFiPattern = new("^" + Ws + DayPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + Fi + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearFrPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Fr + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearHrPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Hr + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern YearMonthDayHuPattern = new("^" + Ws + YearPart + "[^0-9]+(?<m>" + Hu + ")[^0-9]+" + DayPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearItPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + It + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern YearDayMonthLvPattern = new("^" + Ws + YearPart + "[^0-9]+" + DayPart + "[^0-9]+(?<m>" + Lv + ")[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern YearMonthDayLtPattern = new("^" + Ws + YearPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + Lt + ")[^0-9]+" + DayPart + "[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearNlPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Nl + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearNoPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + No + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearPlPattern = new("^" + Ws + DayPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + Pl + ")[^0-9]+" + YearPart + "[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearPtPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Pt + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearRomanPattern = new("^" + Ws + DayPart + "[^0-9]*[^XVIxvi]" + Roman + "[^XVIxvi][^0-9]*" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearRoPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Ro + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearSkPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Sk + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearSlPattern = new("^" + Ws + DayPart + "[^0-9]+(?<m>" + Sl + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearBgPattern = new("^" + Ws + "(?<m>" + Bg + ")[^0-9]+" + YearPart + "[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern MonthYearCsPattern = new("^" + Ws + "(?<m>" + CsMonth + ")[^0-9a-zA-Z]+[^0-9]*" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearCyPattern = new("^" + Ws + "(?<m>" + CyMonth + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearDePattern = new("^" + Ws + "(?<m>" + De + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearDkPattern = new("^" + Ws + Dk + "[^0-9]*" + YearPart + Ws + "$", Options | RegexOptions.IgnoreCase);

    private static readonly TransformPattern MonthYearElPattern = new("^" + Ws + "(?<m>" + El + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearEsPattern = new("^" + Ws + "(?<m>" + Es + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearEtPattern = new("^" + Ws + "(?<m>" + Et + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearFiPattern = new("^" + Ws + "(?<m>" + Fi + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearFrPattern = new("^" + Ws + "(?<m>" + Fr + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearHrPattern = new("^" + Ws + "(?<m>" + Hr + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern YearMonthHuPattern = new("^" + Ws + YearPart + "[^0-9]+(?<m>" + Hu + ")[^0-9]{0,7}" + Ws + "$", Options);

    private static readonly TransformPattern MonthYearItPattern = new("^" + Ws + "(?<m>" + It + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern YearMonthLtPattern = new("^" + Ws + YearPart + "[^0-9]*[^0-9a-zA-Z]+(?<m>" + Lt + ")[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern YearMonthLvPattern = new("^" + Ws + YearPart + "[^0-9]+(?<m>" + Lv + ")[^0-9]{0,7}" + Ws + "$", Options);

    private static readonly TransformPattern MonthYearNlPattern = new("^" + Ws + "(?<m>" + Nl + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearNoPattern = new("^" + Ws + "(?<m>" + No + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearPlPattern = new("^" + Ws + "(?<m>" + Pl + ")[^0-9]+" + YearPart + "[^0-9]*" + Ws + "$", Options);

    private static readonly TransformPattern MonthYearPtPattern = new("^" + Ws + "(?<m>" + Pt + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearRomanPattern = new("^" + Ws + Roman + "[^XVIxvi][^0-9]*" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearRoPattern = new("^" + Ws + "(?<m>" + Ro + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearSkPattern = new("^" + Ws + "(?<m>" + Sk + ")[^0-9]+" + YearPart + Ws + "$", Options);

    private static readonly TransformPattern MonthYearSlPattern = new("^" + Ws + "(?<m>" + Sl + ")[^0-9]+" + YearPart + Ws + "$", Options);
}
