using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// Month names (lower case) and their numbers, as Arelle's <c>FunctionIxt.py</c> reads them: one table for the
/// languages whose abbreviations do not clash (English, Bulgarian, Danish, German, Greek, Spanish, Estonian, French,
/// Hungarian, Italian, Latvian, Dutch, Norwegian, Portuguese, Romanian, Slovak, Slovenian) and one for each language
/// whose names would (Czech, Welsh, Finnish, Croatian, Lithuanian, Polish) and for Roman numerals.
/// </summary>
internal static class MonthNames
{
    public static readonly IReadOnlyDictionary<string, int> Common = Table(
        // English
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        // Bulgarian
        ("ян", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("май", 5), ("маи", 5), ("юни", 6), ("юли", 7), ("авг", 8), ("сеп", 9), ("окт", 10), ("ное", 11), ("дек", 12),
        // Danish, German
        ("maj", 5), ("okt", 10), ("jän", 1), ("jaen", 1), ("mär", 3), ("maer", 3), ("mai", 5), ("dez", 12),
        // Greek
        ("ιαν", 1), ("ίαν", 1), ("iαν", 1), ("φεβ", 2), ("μάρ", 3), ("μαρ", 3),
        ("απρ", 4), ("άπρ", 4), ("aπρ", 4), ("αρίλ", 4), ("άρίλ", 4), ("αριλ", 4), ("άριλ", 4), ("aρίλ", 4), ("aριλ", 4),
        ("μαΐ", 5), ("μαι", 5), ("μάι", 5), ("μαϊ", 5), ("μάϊ", 5), ("ΜΑΪ́".ToLowerInvariant(), 5),
        ("ιούν", 6), ("ίούν", 6), ("ίουν", 6), ("ιουν", 6), ("iούν", 6), ("iουν", 6),
        ("ιούλ", 7), ("ίούλ", 7), ("ίουλ", 7), ("ιουλ", 7), ("iούλ", 7), ("iουλ", 7),
        ("αύγ", 8), ("αυγ", 8), ("σεπ", 9), ("οκτ", 10), ("όκτ", 10), ("oκτ", 10), ("νοέ", 11), ("νοε", 11), ("δεκ", 12),
        // Spanish
        ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
        // Estonian
        ("jaan", 1), ("veebr", 2), ("märts", 3), ("marts", 3), ("juuni", 6), ("juuli", 7), ("sept", 9), ("dets", 12),
        // French
        ("janv", 1), ("févr", 2), ("fevr", 2), ("mars", 3), ("avr", 4), ("juin", 6), ("juil", 7), ("août", 8), ("aout", 8), ("déc", 12),
        // Hungarian
        ("márc", 3), ("marc", 3), ("ápr", 4), ("máj", 5), ("jún", 6), ("júl", 7), ("szept", 9),
        // Italian
        ("gen", 1), ("mag", 5), ("giu", 6), ("lug", 7), ("set", 9), ("ott", 10),
        // Latvian
        ("febr", 2), ("maijs", 5), ("jūn", 6), ("jūl", 7),
        // Dutch
        ("maa", 3), ("mrt", 3), ("mei", 5),
        // Norwegian
        ("des", 12),
        // Portuguese
        ("fev", 2), ("out", 10),
        // Romanian
        ("ian", 1), ("iun", 6), ("iul", 7), ("noi", 11),
        // Slovenian
        ("avg", 8));

    public static readonly IReadOnlyDictionary<string, int> Czech = Table(
        ("ledna", 1), ("leden", 1), ("lednu", 1), ("února", 2), ("unora", 2), ("únoru", 2), ("unoru", 2), ("únor", 2), ("unor", 2),
        ("března", 3), ("brezna", 3), ("březen", 3), ("brezen", 3), ("březnu", 3), ("breznu", 3), ("dubna", 4), ("duben", 4), ("dubnu", 4),
        ("května", 5), ("kvetna", 5), ("květen", 5), ("kveten", 5), ("květnu", 5), ("kvetnu", 5),
        ("června", 6), ("cervna", 6), ("červnu", 6), ("cervnu", 6), ("července", 7), ("cervence", 7),
        ("červen", 6), ("cerven", 6), ("červenec", 7), ("cervenec", 7), ("červenci", 7), ("cervenci", 7),
        ("srpna", 8), ("srpen", 8), ("srpnu", 8), ("září", 9), ("zari", 9),
        ("října", 10), ("rijna", 10), ("říjnu", 10), ("rijnu", 10), ("říjen", 10), ("rijen", 10), ("listopadu", 11), ("listopad", 11),
        ("prosince", 12), ("prosinec", 12), ("prosinci", 12),
        ("led", 1), ("úno", 2), ("uno", 2), ("bře", 3), ("bre", 3), ("dub", 4), ("kvě", 5), ("kve", 5),
        ("čvn", 6), ("cvn", 6), ("čvc", 7), ("cvc", 7), ("srp", 8), ("zář", 9), ("zar", 9),
        ("říj", 10), ("rij", 10), ("lis", 11), ("pro", 12));

    public static readonly IReadOnlyDictionary<string, int> Welsh = Table(
        ("ion", 1), ("chwe", 2), ("maw", 3), ("faw", 3), ("ebr", 4), ("mai", 5), ("fai", 5), ("meh", 6), ("feh", 6), ("gor", 7), ("ngor", 7),
        ("aws", 8), ("med", 9), ("fed", 9), ("hyd", 10), ("tach", 11), ("dach", 11), ("nhach", 11), ("thach", 11), ("rhag", 12), ("rag", 12));

    public static readonly IReadOnlyDictionary<string, int> Finnish = Table(
        ("tam", 1), ("hel", 2), ("maa", 3), ("huh", 4), ("tou", 5), ("kes", 6), ("hei", 7), ("elo", 8), ("syy", 9), ("lok", 10), ("mar", 11), ("jou", 12));

    public static readonly IReadOnlyDictionary<string, int> Croatian = Table(
        ("sij", 1), ("velj", 2), ("ožu", 3), ("ozu", 3), ("tra", 4), ("svi", 5), ("lip", 6), ("srp", 7), ("kol", 8), ("ruj", 9), ("lis", 10), ("stu", 11), ("pro", 12));

    public static readonly IReadOnlyDictionary<string, int> Lithuanian = Table(
        ("sau", 1), ("vas", 2), ("kov", 3), ("bal", 4), ("geg", 5), ("bir", 6), ("lie", 7), ("rugp", 8), ("rgp", 8), ("rugs", 9), ("rgs", 9),
        ("spa", 10), ("spl", 10), ("lap", 11), ("gru", 12), ("grd", 12));

    public static readonly IReadOnlyDictionary<string, int> Polish = Table(
        ("sty", 1), ("lut", 2), ("mar", 3), ("kwi", 4), ("maj", 5), ("cze", 6), ("lip", 7), ("sie", 8), ("wrz", 9), ("paź", 10), ("paz", 10), ("lis", 11), ("gru", 12));

    public static readonly IReadOnlyDictionary<string, int> Roman = Table(
        ("i", 1), ("ii", 2), ("iii", 3), ("iv", 4), ("v", 5), ("vi", 6), ("vii", 7), ("viii", 8), ("ix", 9), ("x", 10), ("xi", 11), ("xii", 12));

    private static Dictionary<string, int> Table(params (string Name, int Month)[] names)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, month) in names)
        {
            table[name] = month;
        }

        return table;
    }
}
