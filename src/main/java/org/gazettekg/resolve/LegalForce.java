package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;

/**
 * The legal force (效力级别) of a policy: the concepts of the scheme
 * {@code <https://w3id.org/gazette-kg/id/legal-force>} in {@code ontology/gazette.ttl}, each with its
 * English notation (the last segment of its IRI), its Chinese label (as the law catalog and legal
 * databases print it) and its English label.
 */
public enum LegalForce {
    /** 宪法: the Constitution and its amendments. */
    CONSTITUTION("constitution", "宪法", "Constitution"),
    /** 法律: an act of the National People's Congress or its Standing Committee. */
    LAW("law", "法律", "Law"),
    /** 行政法规: a regulation of the State Council, promulgated by 国务院令. */
    ADMINISTRATIVE_REGULATION("administrative-regulation", "行政法规", "Administrative regulation"),
    /** 司法解释: an interpretation of the Supreme People's Court or Procuratorate. */
    JUDICIAL_INTERPRETATION("judicial-interpretation", "司法解释", "Judicial interpretation"),
    /** 部门规章: a rule of a State Council department, promulgated by a ministerial order. */
    DEPARTMENTAL_RULE("departmental-rule", "部门规章", "Departmental rule"),
    /** 地方性法规: a regulation of a provincial or city people's congress. */
    LOCAL_REGULATION("local-regulation", "地方性法规", "Local regulation"),
    /** 地方政府规章: a rule of a provincial or city government, promulgated by a 政府令. */
    LOCAL_GOVERNMENT_RULE("local-government-rule", "地方政府规章", "Local government rule"),
    /** 规范性文件: an administrative normative document (often with a 规 number); narrower than {@link #ADMINISTRATIVE_DOCUMENT}. */
    NORMATIVE_DOCUMENT("normative-document", "规范性文件", "Normative document"),
    /** 工作文件: a 请示, 报告 or 批复 of an administrative body; narrower than {@link #ADMINISTRATIVE_DOCUMENT}. */
    WORKING_DOCUMENT("working-document", "工作文件", "Working document"),
    /**
     * 行政规范性文件和工作文件: a document of an administrative body that is neither regulation nor rule, where
     * title and issuer cannot tell a normative from a working document; narrower than {@link #OTHER_DOCUMENT}.
     */
    ADMINISTRATIVE_DOCUMENT("administrative-document", "行政规范性文件和工作文件",
            "Administrative normative or working document"),
    /** 党内规范性文件和工作文件: a Party body's document that is no Party regulation; narrower than {@link #OTHER_DOCUMENT}. */
    PARTY_DOCUMENT("party-document", "党内规范性文件和工作文件", "Party normative or working document"),
    /**
     * 其他规范性文件和工作文件: a document whose kind (方案, 计划, 通知 …) rules out laws, regulations, rules and
     * Party regulations, of an issuer not known.
     */
    OTHER_DOCUMENT("other-document", "其他规范性文件和工作文件", "Other normative or working document"),
    /**
     * 地方性法规、地方政府规章或地方规范性文件: an instrument of a province or a city, of a kind a local regulation,
     * a government rule and a normative document may all take (办法, 规定, 细则, 目录 …), where neither issuer
     * nor number tells them apart; broader than {@link #LOCAL_REGULATION} and {@link #LOCAL_GOVERNMENT_RULE}
     * (pkulaw files all three under its 地方法规 group).
     */
    LOCAL_INSTRUMENT("local-instrument", "地方性法规、地方政府规章或规范性文件",
            "Local regulation, local government rule or normative document"),
    /** 党内法规: a regulation of the Communist Party of China. */
    PARTY_REGULATION("party-regulation", "党内法规", "Party regulation"),
    /** 国家标准: GB, GB/T, GB/Z. */
    NATIONAL_STANDARD("national-standard", "国家标准", "National standard"),
    /** 行业标准: HJ, JGJ, NY/T … */
    SECTOR_STANDARD("sector-standard", "行业标准", "Sector standard"),
    /** 地方标准: DB + division code. */
    LOCAL_STANDARD("local-standard", "地方标准", "Local standard");

    /** The IRI of the concept scheme; a concept's IRI is this, a slash and its notation. */
    public static final String SCHEME = "https://w3id.org/gazette-kg/id/legal-force";

    private final String notation;
    private final String label;
    private final String english;

    LegalForce(String notation, String label, String english) {
        this.notation = notation;
        this.label = label;
        this.english = english;
    }

    /** The English notation (law, administrative-regulation …), the last segment of {@link #iri()}. */
    public String notation() {
        return notation;
    }

    /** The Chinese label: 宪法, 法律, 行政法规 … */
    public String label() {
        return label;
    }

    /** The English label. */
    public String english() {
        return english;
    }

    /** The concept's IRI. */
    public String iri() {
        return SCHEME + "/" + notation;
    }

    /** The broader concept of the scheme, or empty for a top concept (as ontology/gazette.ttl's skos:broader). */
    public Optional<LegalForce> broader() {
        return switch (this) {
            case NORMATIVE_DOCUMENT, WORKING_DOCUMENT -> Optional.of(ADMINISTRATIVE_DOCUMENT);
            case ADMINISTRATIVE_DOCUMENT, PARTY_DOCUMENT -> Optional.of(OTHER_DOCUMENT);
            case LOCAL_REGULATION, LOCAL_GOVERNMENT_RULE -> Optional.of(LOCAL_INSTRUMENT);
            default -> Optional.empty();
        };
    }

    /** Whether this is {@code other} or narrower than it. */
    public boolean isWithin(LegalForce other) {
        requireNonNull(other, "other");
        return this == other || broader().map(b -> b.isWithin(other)).orElse(false);
    }

    /**
     * What several statements of one policy's force agree on: the narrowest where each of them is it or
     * broader than it (行政规范性文件和工作文件 and 规范性文件 agree on 规范性文件), else null; nulls say nothing.
     */
    public static LegalForce agreed(java.util.Collection<LegalForce> forces) {
        LegalForce narrowest = null;
        for (LegalForce f : forces) {
            if (f == null) {
                continue;
            }
            if (narrowest == null || f.isWithin(narrowest)) {
                narrowest = f;
            } else if (!narrowest.isWithin(f)) {
                return null;
            }
        }
        return narrowest;
    }

    /** The legal force whose Chinese {@link #label()} is {@code label} (as laws.tsv writes it). */
    public static Optional<LegalForce> ofLabel(String label) {
        requireNonNull(label, "label");
        return Arrays.stream(values()).filter(f -> f.label.equals(label.strip())).findFirst();
    }

    /** The legal force whose {@link #notation()} is {@code notation}. */
    public static Optional<LegalForce> ofNotation(String notation) {
        requireNonNull(notation, "notation");
        return Arrays.stream(values()).filter(f -> f.notation.equals(notation)).findFirst();
    }
}
