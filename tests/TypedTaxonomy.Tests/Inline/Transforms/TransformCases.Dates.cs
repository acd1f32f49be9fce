namespace TypedTaxonomy.Tests.Inline.Transforms;

internal static partial class TransformCases
{
    private static void NumericDates()
    {
        Valid("2 3 4 5", "datedaymonth|date-day-month", "29/03", "--03-29");
        Valid("2 3 4 5", "datedaymonth|date-day-month", "1.2", "--02-01");
        Invalid("2 3 4 5", "datedaymonth|date-day-month", "31/04");
        Invalid("2 3 4 5", "datedaymonth|date-day-month", "29/13");
        Valid("2 3 4 5", "datemonthday|date-month-day", "03/29", "--03-29");
        Valid("2 3 4 5", "datemonthday|date-month-day", "3-29th", "--03-29");
        Invalid("2 3 4 5", "datemonthday|date-month-day", "13/01");
        Valid("2 3 4 5", "datedaymonthyear|date-day-month-year", "29/03/2025", "2025-03-29");
        Valid("2 3 4 5", "datedaymonthyear|date-day-month-year", "29.3.25", "2025-03-29");
        Invalid("2 3 4 5", "datedaymonthyear|date-day-month-year", "29/02/2025");
        Invalid("2 3 4 5", "datedaymonthyear|date-day-month-year", "29/03/202");
        Valid("4 5", "date-day-month-year", "२९/०३/२०२५", "2025-03-29");
        Valid("2 3 4 5", "datemonthdayyear|date-month-day-year", "03/29/2025", "2025-03-29");
        Invalid("2 3 4 5", "datemonthdayyear|date-month-day-year", "29/03/2025");
        Valid("3 4 5", "datemonthyear|date-month-year", "03/2025", "2025-03");
        Valid("3 4 5", "datemonthyear|date-month-year", "3 25", "2025-03");
        Invalid("3 4 5", "datemonthyear|date-month-year", "13/2025");
        Valid("4 5", "date-month-year", "०३/२०२५", "2025-03");
        Valid("4 5", "date-year-month", "2025/03", "2025-03");
        Valid("4 5", "date-year-month", "２０２５年３月", "2025-03");
        Invalid("4 5", "date-year-month", "2025/13");
        Valid("3 4 5", "dateyearmonthday|date-year-month-day", "2025-03-29", "2025-03-29");
        Valid("3 4 5", "dateyearmonthday|date-year-month-day", "２０２５年３月２９日", "2025-03-29");
        Invalid("3 4 5", "dateyearmonthday|date-year-month-day", "2025-02-30");

        // Japanese eras and CJK
        Valid("2 3 4 5", "dateerayearmonthdayjp|date-jpn-era-year-month-day", "令和元年5月1日", "2019-05-01");
        Valid("2 3 4 5", "dateerayearmonthdayjp|date-jpn-era-year-month-day", "平成31年4月30日", "2019-04-30");
        Valid("2 3 4 5", "dateerayearmonthdayjp|date-jpn-era-year-month-day", "令和２年１２月３１日", "2020-12-31");
        Invalid("2 3 4 5", "dateerayearmonthdayjp|date-jpn-era-year-month-day", "令和元年2月30日");
        Invalid("2 3 4 5", "dateerayearmonthdayjp|date-jpn-era-year-month-day", "2019年5月1日");
        Valid("2 3 4 5", "dateerayearmonthjp|date-jpn-era-year-month", "令和元年5月", "2019-05");
        Valid("2 3 4 5", "dateerayearmonthjp|date-jpn-era-year-month", "昭和 64 年 1 月", "1989-01");
        Invalid("2 3 4 5", "dateerayearmonthjp|date-jpn-era-year-month", "令和元年13月");
        Valid("2 3", "dateyearmonthdaycjk", "2025年3月29日", "2025-03-29");
        Valid("2 3", "dateyearmonthdaycjk", "25年3月29日", "2025-03-29");
        Invalid("2 3", "dateyearmonthdaycjk", "2025年2月29日");
        Valid("2 3", "dateyearmonthcjk", "２０２５年３月", "2025-03");
        Invalid("2 3", "dateyearmonthcjk", "2025年13月");

        // Hindi and the Indian national (Saka) calendar
        Valid("3", "datedaymonthyearin", "२९ मार्च २०२५", "2025-03-29");
        Valid("3", "datedaymonthyearin", "29 ३ 2025", "2025-03-29");
        Invalid("3", "datedaymonthyearin", "29 March 2025");
        Valid("4 5", "date-day-monthname-year-hi", "२९ मार्च २०२५", "2025-03-29");
        Valid("4 5", "date-day-monthname-year-hi", "1 जनवरी 25", "2025-01-01");
        Invalid("4 5", "date-day-monthname-year-hi", "29 ३ 2025");
        Valid("3 4 5", "datemonthyearin|date-monthname-year-hi", "मार्च 2025", "2025-03");
        Valid("3 4 5", "datemonthyearin|date-monthname-year-hi", "नवंबर २०२४", "2024-11");
        Invalid("3 4 5", "datemonthyearin|date-monthname-year-hi", "March 2025");
        Valid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "1 Chaitra 1947", "2025-03-22");
        Valid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "१ चैत्र १९४७", "2025-03-22");
        Valid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "1 Chaitra 1946", "2024-03-21"); // Chaitra starts a day early in a leap year
        Valid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "10 Pausa 1946", "2024-12-31");
        Valid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "1 Chaitra 47", "2025-03-22");
        Invalid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "31 Pausa 1946");
        Invalid("3 4 5", "calindaymonthyear|date-ind-day-monthname-year-hi", "1 March 1947");

        // TRR 1
        Valid("1", "dateslashus", "03/29/2025", "2025-03-29");
        Invalid("1", "dateslashus", "03-29-2025");
        Valid("1", "dateslasheu", "29/03/2025", "2025-03-29");
        Invalid("1", "dateslasheu", "29-03-2025");
        Valid("1", "datedotus", "03.29.2025", "2025-03-29");
        Invalid("1", "datedotus", "03/29/2025");
        Valid("1", "datedoteu", "29.03.25", "2025-03-29");
        Invalid("1", "datedoteu", "29/03/2025");
        Valid("1", "datelongus", "March 29, 2025", "2025-03-29");
        Invalid("1", "datelongus", "Mar 29, 2025");
        Valid("1", "dateshortus", "Mar 29, 2025", "2025-03-29");
        Invalid("1", "dateshortus", "March 29, 2025");
        Valid("1", "datelonguk", "29 March 2025", "2025-03-29");
        Invalid("1", "datelonguk", "29 Mar 2025");
        Valid("1", "dateshortuk", "29 Mar 25", "2025-03-29");
        Invalid("1", "dateshortuk", "29 March 2025");
        Valid("1", "datelongdaymonthuk", "29 March", "--03-29");
        Invalid("1", "datelongdaymonthuk", "29 Mar");
        Valid("1", "dateshortdaymonthuk", "29 Mar", "--03-29");
        Invalid("1", "dateshortdaymonthuk", "29 March");
        Valid("1", "datelongmonthdayus", "March 29", "--03-29");
        Invalid("1", "datelongmonthdayus", "Mar 29");
        Valid("1", "dateshortmonthdayus", "Mar 29th", "--03-29");
        Invalid("1", "dateshortmonthdayus", "March 29");
        Valid("1", "dateslashdaymontheu", "29/03", "--03-29");
        Invalid("1", "dateslashdaymontheu", "29-03");
        Valid("1", "dateslashmonthdayus", "03/29", "--03-29");
        Invalid("1", "dateslashmonthdayus", "03-29");
        Valid("1", "datelongyearmonth", "2025 March", "2025-03");
        Invalid("1", "datelongyearmonth", "2025 Mar");
        Valid("1", "dateshortyearmonth", "2025 Mar", "2025-03");
        Invalid("1", "dateshortyearmonth", "2025 March");
        Valid("1", "datelongmonthyear", "March 2025", "2025-03");
        Invalid("1", "datelongmonthyear", "Mar 2025");
        Valid("1", "dateshortmonthyear", "Mar 25", "2025-03");
        Invalid("1", "dateshortmonthyear", "March 2025");
    }

    private static void LanguageDates()
    {
        // Danish (TRR 3 and TRR 4's da) and Swedish (TRR 4's sv): three letters, then more letters or dots, not both.
        Valid("3 4 5", "datedaymonthdk|date-day-monthname-da", "29. marts", "--03-29");
        Valid("3 4 5", "datedaymonthdk|date-day-monthname-da", "1 jan.", "--01-01");
        Invalid("3 4 5", "datedaymonthdk|date-day-monthname-da", "29 marts.");
        Valid("3 4 5", "datedaymonthyeardk|date-day-monthname-year-da", "29. marts 2025", "2025-03-29");
        Valid("3 4 5", "datedaymonthyeardk|date-day-monthname-year-da", "1. JAN. 25", "2025-01-01");
        Invalid("3 4 5", "datedaymonthyeardk|date-day-monthname-year-da", "29 marts. 2025");
        Valid("3 4 5", "datemonthyeardk|date-monthname-year-da", "marts 2025", "2025-03");
        Invalid("3 4 5", "datemonthyeardk|date-monthname-year-da", "marts. 2025");
        Valid("4 5", "date-day-monthname-sv", "29 okt", "--10-29");
        Invalid("4 5", "date-day-monthname-sv", "29 oktober.");
        Valid("4 5", "date-day-monthname-year-sv", "29 mars 2025", "2025-03-29");
        Invalid("4 5", "date-day-monthname-year-sv", "29 xyz 2025");
        Valid("4 5", "date-monthname-year-sv", "oktober 2025", "2025-10");
        Invalid("4 5", "date-monthname-year-sv", "2025 oktober");

        Language("bg", "29 март", "29 март 2025", "март 2025", "29 March");
        Language("cs", "29. března", "29. března 2025", "březen 2025", "29. leden");
        Language("de", "29. März", "29. März 2025", "März 2025", "29. Mrz");
        Language("el", "29 Μαρτίου", "29 Μαρτίου 2025", "Μάρτιος 2025", "29 March");
        Language("es", "29 de marzo", "29 de marzo de 2025", "marzo de 2025", "29 de xyz");
        Language("et", "29. märts", "29. märts 2025", "märts 2025", "29. marzo");
        Language("fi", "29. maaliskuuta", "29. maaliskuuta 2025", "maaliskuu 2025", "29 maaliskuutaa");
        Language("fr", "29 mars", "29 mars 2025", "mars 2025", "29 marzo");
        Language("hr", "29. ožujka", "29. ožujka 2025", "ožujak 2025", "29. xyz");
        Language("it", "29 marzo", "29 marzo 2025", "marzo 2025", "29 xyz");
        Language("nl", "29 maart", "29 maart 2025", "maart 2025", "29 xyz");
        Language("no", "29. mars", "29. mars 2025", "mars 2025", "29. xyz");
        Language("pl", "29 marca", "29 marca 2025", "marzec 2025", "29marca");
        Language("pt", "29 de março", "29 de março de 2025", "março de 2025", "29 de xyz");
        Language("ro", "29 martie", "29 martie 2025", "martie 2025", "29 xyz");
        Language("sk", "29. marca", "29. marca 2025", "marec 2025", "29. xyz");
        Language("sl", "29. marec", "29. marec 2025", "marec 2025", "29. xyz");
        Invalid("4 5", "date-day-monthname-year-de", "30. Februar 2025");
        Invalid("4 5", "date-monthname-year-fr", "xyz 2025");
        Valid("4 5", "date-day-monthname-lv", "29. marts", "--03-29");
        Invalid("4 5", "date-day-monthname-lv", "29. März");
        Valid("4 5", "date-year-day-monthname-lv", "2025. gada 29. marts", "2025-03-29");
        Invalid("4 5", "date-year-day-monthname-lv", "2025. gada 31. apr");
        Valid("4 5", "date-year-monthname-lv", "2025. gada marts", "2025-03");
        Invalid("4 5", "date-year-monthname-lv", "2025. gada März");
        Valid("4 5", "date-monthname-day-hu", "március 29", "--03-29");
        Invalid("4 5", "date-monthname-day-hu", "március 32");
        Valid("4 5", "date-year-monthname-day-hu", "2025. március 29", "2025-03-29");
        Invalid("4 5", "date-year-monthname-day-hu", "2025. február 30");
        Valid("4 5", "date-year-monthname-hu", "2025. március", "2025-03");
        Invalid("4 5", "date-year-monthname-hu", "2025. xyz");
        Valid("4 5", "date-monthname-day-lt", "kovo 29 d.", "--03-29");
        Invalid("4 5", "date-monthname-day-lt", "xyz 29");
        Valid("4 5", "date-year-monthname-day-lt", "2025 m. kovo 29 d.", "2025-03-29");
        Invalid("4 5", "date-year-monthname-day-lt", "2025 m. vasario 30 d.");
        Valid("4 5", "date-year-monthname-lt", "2025 m. kovas", "2025-03");
        Invalid("4 5", "date-year-monthname-lt", "2025kovas");
        Valid("4 5", "date-day-monthroman", "29.III", "--03-29");
        Invalid("4 5", "date-day-monthroman", "29.XIII");
        Valid("4 5", "date-day-monthroman-year", "29.III.2025", "2025-03-29");
        Invalid("4 5", "date-day-monthroman-year", "29.XIII.2025");
        Valid("4 5", "date-monthroman-year", "III.2025", "2025-03");
        Valid("4 5", "date-monthroman-year", "xii 24", "2024-12");
        Invalid("4 5", "date-monthroman-year", "IIII.2025");

        // Welsh, added in TRR 5
        Valid("5", "date-day-monthname-cy", "29 Mawrth", "--03-29");
        Invalid("5", "date-day-monthname-cy", "29Mawrth");
        Valid("5", "date-day-monthname-year-cy", "29 Mawrth 2025", "2025-03-29");
        Invalid("5", "date-day-monthname-year-cy", "30 Chwefror 2025");
        Valid("5", "date-monthname-year-cy", "Fawrth 2025", "2025-03");
        Invalid("5", "date-monthname-year-cy", "March 2025");
    }

    /// <summary>A language's TRR 4 and 5 day-month, day-month-year and month-year formats, each with the text given and one it rejects.</summary>
    private static void Language(string code, string dayMonth, string dayMonthYear, string monthYear, string invalidDayMonth)
    {
        Valid("4 5", "date-day-monthname-" + code, dayMonth, "--03-29");
        Invalid("4 5", "date-day-monthname-" + code, invalidDayMonth);
        Valid("4 5", "date-day-monthname-year-" + code, dayMonthYear, "2025-03-29");
        Invalid("4 5", "date-day-monthname-year-" + code, dayMonthYear.Replace("29", "31", System.StringComparison.Ordinal) + "9");
        Valid("4 5", "date-monthname-year-" + code, monthYear, "2025-03");
        Invalid("4 5", "date-monthname-year-" + code, "13 2025");
    }
}
