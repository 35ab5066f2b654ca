package org.tocsin.intake.format;

import org.tocsin.intake.Channel;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * GDELT 2.0 events: the 15-minute {@code .export.CSV} files, tab-separated, 61 columns, no header
 * (GDELT 2.0 event codebook: GDELT 1.0's columns plus an ADM2 code per geography, DATEADDED to the
 * second, and SOURCEURL). Re-exports with a header line are read by column name.
 */
public final class Gdelt2Reader extends GdeltReader {

    /** The GDELT 2.0 event columns, in file order. */
    static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    private static final Map<String, Integer> EXPORT = positions(COLUMNS);

    public Gdelt2Reader(InputStream in, ImportContext ctx) {
        super(GdeltMapper.Edition.GDELT2, in, ctx, Channel.IMPORT_GDELT2);
    }

    @Override
    Map<String, Integer> rawLayout(int columns) { return columns == 61 ? EXPORT : null; }

    @Override
    String columnCountReason(int columns) {
        return "has " + columns + " tab-separated columns; GDELT 2.0 event rows have 61";
    }
}
