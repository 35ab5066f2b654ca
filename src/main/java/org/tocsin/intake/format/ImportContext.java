package org.tocsin.intake.format;

import org.tocsin.distribution.Tlp;
import org.tocsin.intake.Receipt;
import org.tocsin.intake.SignalParser;

/**
 * What every reader needs besides the bytes: the situation the records go into, the label they get
 * when they carry none, the receipt stamped on each (when, by whom, which channel), and the parser
 * that validates case-file records.
 */
public record ImportContext(String situation, Tlp defaultLabel, Receipt receipt, SignalParser parser) {}
