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
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

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
