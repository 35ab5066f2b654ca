package org.tocsin.intake;

import java.util.Locale;

/** How a signal reached Tocsin. */
public enum Channel {
    API, WEB_FORM, IMPORT_CASE, IMPORT_GDELT1, IMPORT_GDELT2, IMPORT_UCDP, DEMO;

    public String wire() { return name().toLowerCase(Locale.ROOT); }
}
