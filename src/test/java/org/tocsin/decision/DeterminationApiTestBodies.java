package org.tocsin.decision;

/** Request bodies shared by tests in other packages. */
public final class DeterminationApiTestBodies {
    private DeterminationApiTestBodies() {}

    public static final String SERIOUS_RISK_ESTABLISHED = DeterminationApiTest.SERIOUS_RISK_ESTABLISHED;

    /** The person who records {@link #SERIOUS_RISK_ESTABLISHED} (the author is whoever calls). */
    public static final String AUTHOR = DeterminationApiTest.AUTHOR;
}
