/**
 * Structured determinations (M7, "name it"): a determination against the elements of genocide and its
 * Article III forms, a serious risk of genocide, crimes against humanity and war crimes, recorded
 * element by element with the evidence behind each finding, the inference rules relied on, the
 * standard of proof, the author, co-signers and dissents. The conclusion is computed from the
 * elements, never written. The legal structure is versioned data
 * ({@code src/main/resources/determination/elements.json}, from {@code ../shared/reference/determination.md});
 * its [M] markers say what a lawyer must still confirm.
 *
 * <p>Also here: the policy that says when fused evidence makes a determination <em>due</em> (and which
 * elements the evidence pre-fills), the obligations that follow from a recorded determination, and a
 * replay of when determinations would have fallen due in a historical case. Pure Java: no Spring, no
 * JDBC ({@code ArchitectureTest}); PostgreSQL lives in {@code decision.jdbc}.
 */
package org.tocsin.decision;
