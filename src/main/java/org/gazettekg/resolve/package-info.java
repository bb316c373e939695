/**
 * The resolve stage between parsing and the graph: who issued a document or a cited policy, for which
 * jurisdiction, at what level, and how that was decided.
 *
 * <p>The parser records what is printed (a 文号's 机关代字, a heading, a title); this package answers,
 * from the reference data in {@code gazettekg/reference/} (replaceable from a folder, see
 * {@link org.gazettekg.resolve.ReferenceData}) and from evidence found in the text itself
 * ({@link org.gazettekg.resolve.LearnedCodes}):
 * <ul>
 *   <li>{@link org.gazettekg.resolve.AgencyCodeResolver}: the issuing body a 机关代字 stands for in a
 *       document of a given jurisdiction (宁政办发 in 南京 is 南京市人民政府办公厅, in 宁夏 宁夏回族自治区人民政府办公厅);</li>
 *   <li>{@link org.gazettekg.resolve.TitleLevel}: the level a cited policy's title states
 *       (中华人民共和国…, 国务院… → national; 山西省… → provincial; 长治市… → municipal; 交城县… → county);</li>
 *   <li>{@link org.gazettekg.resolve.LegalForceRules} and {@link org.gazettekg.resolve.DocumentForceRules}: a
 *       cited policy's legal force from its number, issuer, 文种 and title (docs/legal-force.md);</li>
 *   <li>{@link org.gazettekg.resolve.ResolvedIssue}: whose serial a gazette is (a province's, a city's).</li>
 * </ul>
 * An ambiguous or unknown code gives no issuer: a wrong issuer is worse than none.
 */
package org.gazettekg.resolve;
