package org.tocsin.intake.format;

import java.io.InputStream;

/** Opens the streaming reader for a bulk format. */
public final class RecordReaders {

    private RecordReaders() {}

    public static RecordReader open(ImportFormat format, InputStream in, ImportContext ctx) {
        return open(format, in, ctx, null);
    }

    /**
     * @param fileName the uploaded file's name, when known: UCDP files carry their GED release only
     *                 there (ged231-… is 23.1), and the release goes into each signal's source
     */
    public static RecordReader open(ImportFormat format, InputStream in, ImportContext ctx, String fileName) {
        return switch (format) {
            case CASE -> new CaseFileReader(in, ctx);
            case GDELT1 -> new Gdelt1Reader(in, ctx);
            case GDELT2 -> new Gdelt2Reader(in, ctx);
            case UCDP -> new UcdpReader(in, ctx, UcdpReader.versionFromFileName(fileName));
        };
    }

    /** Event data carries no situation of its own: the import must name one. */
    static String requireSituation(ImportContext ctx) {
        if (ctx.situation() == null) throw new IllegalArgumentException("GDELT and UCDP records name no situation: the import must");
        return ctx.situation();
    }
}
