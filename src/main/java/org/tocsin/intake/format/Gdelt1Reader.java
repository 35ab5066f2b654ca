package org.tocsin.intake.format;

import org.tocsin.intake.Channel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GDELT 1.0 events. Reads the raw files, tab-separated without a header: 57 columns in the
 * 1979–2013 backfile, 58 (SOURCEURL added) in the daily files from April 2013; the count is decided
 * per line, so a file mixing both is fine. Also reads re-exports with a header line (the
 * comma-separated West Africa extract: the 57 fields, SOURCEURL and a row_id, {@code NA} for
 * missing), by column name.
 */
public final class Gdelt1Reader extends GdeltReader {

    /** The GDELT 1.0 event columns, in file order (GDELT 1.0 event codebook). */
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED");
    private static final Map<String, Integer> BACKFILE = positions(COLUMNS);
    private static final Map<String, Integer> DAILY = positions(withSourceUrl());

    public Gdelt1Reader(InputStream in, ImportContext ctx) {
        super(GdeltMapper.Edition.GDELT1, in, ctx, Channel.IMPORT_GDELT1);
    }

    @Override
    Map<String, Integer> rawLayout(int columns) {
        return switch (columns) {
            case 57 -> BACKFILE;
            case 58 -> DAILY;
            default -> null;
        };
    }

    @Override
    String columnCountReason(int columns) {
        return "has " + columns + " tab-separated columns; GDELT 1.0 rows have 57 (backfile) or 58 (daily files, with SOURCEURL)";
    }

    private static List<String> withSourceUrl() {
        List<String> l = new ArrayList<>(COLUMNS);
        l.add("SOURCEURL");
        return l;
    }
}
