package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optimised algebra of analyst queries: where their filters stand against their lookups. */
class QueryPlansTest {

    /**
     * Query 02 keeps the policies cited at least as often as the 50th; the OPTIONAL lookups of 文号,
     * title, level and issuer must come after that filter, or they are made for every cited policy.
     */
    @Test
    void mostCitedPolicies_filterTheCountsBeforeTheOptionalLookups() {
        Op op = Algebra.optimize(Algebra.compile(QueryFactory.create(QueryCatalog.resolve("02_most_cited_policies").text())));
        List<OpFilter> filters = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpFilter f) {
                if (f.getExprs().getVarsMentioned().contains(Var.alloc("least"))) {
                    filters.add(f);
                }
            }
        });
        assertThat(filters).singleElement().satisfies(f -> assertThat(hasLeftJoin(f.getSubOp())).isFalse());
    }

    /**
     * The four table queries list every row of a national store: each row must be sent as soon as it
     * is found, so their plans hold no sort, grouping or distinct (each needs every row before the
     * first), and each OPTIONAL is looked up per row (a conditional), not joined with the whole of its
     * right side computed first (a left join).
     */
    @ParameterizedTest
    @ValueSource(strings = {"documents", "citations", "divisions", "issues"})
    void tableQuery_streamsItsRows(String name) {
        Op op = Algebra.optimize(Algebra.toQuadForm(Algebra.compile(QueryFactory.create(QueryCatalog.resolve(name).text()))));
        List<String> blocking = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpOrder o) {
                blocking.add("order");
            }

            @Override
            public void visit(OpTopN o) {
                blocking.add("top");
            }

            @Override
            public void visit(OpGroup g) {
                blocking.add("group");
            }

            @Override
            public void visit(OpDistinct d) {
                blocking.add("distinct");
            }

            @Override
            public void visit(OpLeftJoin j) {
                blocking.add("left join");
            }
        });
        assertThat(blocking).as(op.toString()).isEmpty();
    }

    private static boolean hasLeftJoin(Op op) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpLeftJoin j) {
                found[0] = true;
            }

            @Override
            public void visit(OpConditional c) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
