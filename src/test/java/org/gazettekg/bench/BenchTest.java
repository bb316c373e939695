package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark at scale 1: it runs and writes its figures (their values are not judged here). */
class BenchTest {

    @TempDir
    Path tmp;

    @Test
    void scales_areOneTenAndTheLargest_noneAboveIt() {
        assertThat(Bench.scales(100)).containsExactly(1, 10, 100);
        assertThat(Bench.scales(10)).containsExactly(1, 10);
        assertThat(Bench.scales(1)).containsExactly(1);
        assertThat(Bench.scales(5)).containsExactly(1, 5);
    }

    @Test
    void benchAtScaleOne_writesJsonWithTheExpectedKeys() throws Exception {
        StringWriter progress = new StringWriter();
        Bench.Options options = new Bench.Options(Path.of("corpus"), 1, tmp.resolve("work"), 1, 1, Duration.ofSeconds(5), 2, false);
        BenchReport report = new Bench(options, new PrintWriter(progress)).run();
        Path json = tmp.resolve("out").resolve("bench.json");
        BenchOutput.writeJson(report, json);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("targets").path("max_load_ratio").asDouble()).isEqualTo(1.0);
        JsonNode scale = root.path("scales").get(0);
        assertThat(scale.path("scale").asInt()).isEqualTo(1);
        assertThat(scale.path("files").asInt()).isEqualTo(5);
        assertThat(scale.path("documents").asLong()).isPositive();
        assertThat(scale.path("triples").asLong()).isPositive();
        for (String key : new String[] {"parse_mb_per_s", "load_seconds", "load_triples_per_s", "jena_load_seconds",
                "jena_tdb2_load_seconds", "jena_text_index_seconds", "load_ratio", "load_cpu_seconds",
                "jena_load_cpu_seconds", "load_cpu_ratio", "text_index_seconds", "tdb2_bytes", "text_index_bytes",
                "jena_tdb2_bytes", "jena_text_index_bytes", "peak_heap_load_bytes"}) {
            assertThat(scale.path(key).asDouble()).as(key).isPositive();
        }
        JsonNode oneMore = scale.path("one_more");
        for (String key : new String[] {"load_seconds", "load_alone_seconds", "post_seconds", "post_alone_seconds", "documents"}) {
            assertThat(oneMore.path(key).asDouble()).as(key).isPositive();
        }
        assertThat(oneMore.path("load_file").asText()).endsWith(".txt").isNotEqualTo(oneMore.path("post_file").asText());
        assertThat(progress.toString()).contains("one more gazette: load", "POST /$/load", "jena-text indexer");
        JsonNode p95 = scale.path("query_p95_ms");
        assertThat(p95.fieldNames()).toIterable().containsExactlyElementsOf(Bench.queryNames());
        assertThat(Bench.queryNames()).contains("01_documents_per_city_year", "05_divisions_per_document", "10_policies_shared_by_two_cities",
                "12_division_history", "documents", "citations", "divisions", "issues");
        for (JsonNode q : scale.path("queries")) {
            JsonNode firstRow = q.path("first_row");
            if (TimedQueries.isAnalystQuery(q.path("name").asText())) {
                assertThat(firstRow.isNull()).as(q.path("name").asText()).isTrue();
            } else {
                assertThat(firstRow.path("requests").asInt()).as(q.path("name").asText()).isEqualTo(1);
                assertThat(firstRow.path("errors").asInt()).as(q.path("name").asText()).isZero();
                assertThat(firstRow.path("p95_ms").asDouble()).as(q.path("name").asText()).isPositive();
            }
        }
        JsonNode first = scale.path("queries").get(0);
        assertThat(first.path("one_client").path("requests").asInt()).isEqualTo(1);
        assertThat(first.path("clients").path("clients").asInt()).isEqualTo(2);
        assertThat(first.path("clients").path("errors").asInt()).isZero();

        StringWriter table = new StringWriter();
        BenchOutput.print(report, new PrintWriter(table));
        assertThat(table.toString()).contains("01_documents_per_city_year").contains("load ratio")
                .containsPattern("issues +first row p95 +[0-9.]+ ms \\(target ≤ 1000\\)");
        assertThat(tmp.resolve("work").resolve("db-x1")).doesNotExist();
        assertThat(tmp.resolve("work").resolve("text-index-x1")).doesNotExist();
    }
}
