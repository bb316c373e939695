package org.gazettekg.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.gazettekg.graph.GazetteRdfWriter;
import org.gazettekg.parse.Citation;
import org.gazettekg.parse.Citation.Relation;
import org.gazettekg.parse.DivisionChange;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.SourceText;

/**
 * Test graphs: a small one written from hand-made records through {@link GazetteRdfWriter}, and
 * the sample corpus parsed and written the same way (the store's SHACL gate is not the subject
 * here). Both are TDB2 datasets whose default graph is the union, like the store's.
 */
final class ExportFixtures {

    /** 长治 A cites 条例 (based on), 晋政办发〔2019〕80号 twice (lines 14, 20). */
    static final String DOC_A = "长政办发〔2020〕10号";
    /** 长治 B cites 80号 and changes divisions in 上党区. */
    static final String DOC_B = "长政发〔2020〕3号";
    /** 晋城 C cites 80号, 条例 and 国办发〔2019〕3号. */
    static final String DOC_C = "晋市政发〔2019〕5号";
    static final String PROVINCIAL = "晋政办发〔2019〕80号";
    static final String NATIONAL = "国办发〔2019〕3号";
    static final String REGULATION = "山西省优化营商环境条例";

    static final String ID = "https://w3id.org/gazette-kg/id/";
    static final String IRI_A = ID + "doc/" + DOC_A;
    static final String IRI_B = ID + "doc/" + DOC_B;
    static final String IRI_C = ID + "doc/" + DOC_C;
    static final String IRI_PROVINCIAL = ID + "doc/" + PROVINCIAL;
    static final String IRI_NATIONAL = ID + "doc/" + NATIONAL;
    static final String IRI_REGULATION = ID + "policy/" + REGULATION;

    /** Citations in the hand-made graph: 3 + 1 + 3. */
    static final int CITATIONS = 7;
    /** Documents and policies they link: A, B, C, 80号, 国办发, 条例. */
    static final int CITATION_NODES = 6;

    private ExportFixtures() {
    }

    /** The hand-made graph: two gazettes (长治 2020, 晋城 2019), three documents. */
    static DatasetGraph handMade() {
        return handMadeInto(emptyStore());
    }

    /** Writes the hand-made graph into {@code dsg} (a TDB2 dataset) and returns it. */
    static DatasetGraph handMadeInto(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            write(dsg, "changzhi-test.txt", new IssueRecord("长治市人民政府公报", "长治市", 2020, "2", "27",
                    LocalDate.of(2020, 4, 30), "长治市人民政府办公室", 1), List.of(docA(), docB()));
            write(dsg, "jincheng-test.txt", new IssueRecord("晋城市人民政府公报", "晋城市", 2019, "5", null,
                    null, null, 1), List.of(docC()));
        });
        return dsg;
    }

    /** The sample corpus ({@code corpus/*.txt}), parsed. */
    static DatasetGraph corpus() {
        DatasetGraph dsg = emptyStore();
        GazetteParser parser = new GazetteParser();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Txn.executeWrite(dsg, () -> files.forEach(f -> parser.parse(SourceText.read(f), new GazetteRdfWriter(StreamRDFLib.dataset(dsg)).resolving())));
        return dsg;
    }

    static DatasetGraph emptyStore() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    private static void write(DatasetGraph dsg, String source, IssueRecord issue, List<DocumentRecord> docs) {
        GazetteSink writer = new GazetteRdfWriter(StreamRDFLib.dataset(dsg)).resolving();
        writer.start(source, 100);
        writer.issue(issue);
        docs.forEach(writer::document);
        writer.end();
    }

    private static DocNumber number(String text) {
        return DocNumber.parse(text).orElseThrow();
    }

    private static DocumentRecord docA() {
        return new DocumentRecord(10, 25, number(DOC_A), List.of("长治市人民政府办公室"),
                "长治市人民政府办公室关于印发长治市优化营商环境实施方案的通知", "通知", LocalDate.of(2020, 3, 1), "……",
                List.of(new Citation(12, "《" + REGULATION + "》", null, REGULATION, null, Relation.BASED_ON),
                        new Citation(14, PROVINCIAL, PROVINCIAL, null, null, Relation.CITES),
                        new Citation(20, PROVINCIAL, PROVINCIAL, null, null, Relation.CITES)),
                List.of());
    }

    private static DocumentRecord docB() {
        DivisionMention shangdang = new DivisionMention(30, "上党区", "140404", "county", null);
        DivisionChange change = new DivisionChange(31, shangdang,
                List.of(new DivisionMention(31, "韩店镇", null, "township", "撤销")),
                List.of(new DivisionMention(31, "韩店街道", "140404001", "township", "设立")),
                List.of(new DivisionChange.VillageMove(new DivisionMention(32, "西村", null, "village", "划入"),
                        new DivisionMention(32, "苏店镇", null, "township", null),
                        new DivisionMention(32, "韩店街道", "140404001", "township", null))));
        return new DocumentRecord(40, 60, number(DOC_B), List.of("长治市人民政府"),
                "长治市人民政府关于调整上党区部分乡镇行政区划的通知", "通知", LocalDate.of(2020, 4, 10), "……",
                List.of(new Citation(45, PROVINCIAL, PROVINCIAL, null, null, Relation.CITES)),
                List.of(shangdang), List.of(change));
    }

    private static DocumentRecord docC() {
        return new DocumentRecord(5, 30, number(DOC_C), List.of("晋城市人民政府"),
                "晋城市人民政府关于进一步优化营商环境的意见", "意见", LocalDate.of(2019, 6, 3), "……",
                List.of(new Citation(8, PROVINCIAL, PROVINCIAL, null, null, Relation.BASED_ON),
                        new Citation(9, "《" + REGULATION + "》", null, REGULATION, null, Relation.CITES),
                        new Citation(15, NATIONAL, NATIONAL, null, null, Relation.CITES)),
                List.of());
    }
}
