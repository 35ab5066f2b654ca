/**
 * Indicator suggestion from text: transparent, versioned rules ({@code src/main/resources/tagging/*.tsv})
 * that propose UN Framework of Analysis codes for a signal's summary, each with the words that triggered it,
 * a confidence and the id of the rule an analyst can read. Suggestions help an analyst tag; they never tag
 * on their own. Pure Java: no Spring, no JDBC.
 */
package org.tocsin.tagging;
