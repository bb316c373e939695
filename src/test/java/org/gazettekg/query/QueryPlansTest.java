package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.vocabulary.RDFS;
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
     * A policy's 文号, title or level, or a cell's legal force and level, looked up in the union of
     * all graphs merges the statement of every file that cites it (thousands of files for a national
     * law at 1000×), once per row: the queries over the views read each in one graph, once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"08_policy_chains_city_province_nation", "10_policies_shared_by_two_cities",
            "15_policies_by_legal_force_and_level"})
    void queryOverTheViews_looksNothingUpInTheUnionOfAllGraphs(String name) {
        List<Quad> union = new ArrayList<>();
        OpWalker.walk(enginePlan(name), new OpVisitorBase() {
            @Override
            public void visit(OpQuadPattern p) {
                p.getPattern().getList().stream().filter(Quad::isDefaultGraph).forEach(union::add);
            }
        });
        assertThat(union).isEmpty();
    }

    /**
     * Query 10 reads the first city's rows of view 10 and computes, for each policy, the IRI of the
     * second city's row (the view names a row by its policy and city) instead of matching the rows of
     * every city that cites the policy (some 300 for a national law at 1000×).
     */
    @Test
    void policiesSharedByTwoCities_computesTheSecondCitysRow() {
        List<Var> computed = new ArrayList<>();
        OpWalker.walk(enginePlan("10_policies_shared_by_two_cities"), new OpVisitorBase() {
            @Override
            public void visit(OpExtend e) {
                computed.addAll(e.getVarExprList().getVars());
            }
        });
        assertThat(computed).contains(Var.alloc("in_b"));
    }

    /**
     * Query 13 starts from its store view's candidates (documents citing a policy that another
     * repeals) and reads the repeals of those alone, not every repeal of the store (some thousands at
     * 1000×, nearly all cited by their repealer only) with every citation of what each repeals.
     */
    @Test
    void citationsOfRepealedPolicies_readNoRepealInTheirFirstStep() {
        Op op = enginePlan("13_citations_of_repealed_policies");
        List<OpQuadPattern> firstSteps = new ArrayList<>();
        collectFirstSteps(op, firstSteps);
        assertThat(firstSteps).as(op.toString()).isNotEmpty().allSatisfy(step -> assertThat(step.getPattern().getList())
                .noneMatch(quad -> quad.getPredicate().isURI()
                        && quad.getPredicate().getURI().equals("http://data.europa.eu/eli/ontology#repeals")));
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
        Op op = enginePlan(name);
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

    /**
     * The first step of a table query is the one the optimiser orders by the store's statistics
     * alone. A national store holds fewer rdfs:label triples (the gazetteer's names) than documents,
     * citations or mentions, so a label in that step becomes its first pattern, and the first row waits
     * for a scan of every name of the store (5.4 s at 1000×): names are read in a later step, for
     * subjects already found.
     */
    @ParameterizedTest
    @ValueSource(strings = {"documents", "citations", "divisions", "issues", "policies"})
    void tableQuery_readsNoNameInItsFirstStep(String name) {
        Op op = enginePlan(name);
        List<OpQuadPattern> firstSteps = new ArrayList<>();
        collectFirstSteps(op, firstSteps);
        assertThat(firstSteps).as(op.toString()).isNotEmpty().allSatisfy(step -> assertThat(step.getPattern().getList())
                .noneMatch(quad -> RDFS.label.asNode().equals(quad.getPredicate())));
    }

    /** The patterns a plan runs with nothing bound: the left of every join, each branch of a union. */
    private static void collectFirstSteps(Op op, List<OpQuadPattern> steps) {
        if (op instanceof OpQuadPattern pattern) {
            steps.add(pattern);
        } else if (op instanceof OpUnion union) {
            collectFirstSteps(union.getLeft(), steps);
            collectFirstSteps(union.getRight(), steps);
        } else if (op instanceof Op2 join) {
            collectFirstSteps(join.getLeft(), steps);
        } else if (op instanceof OpN sequence) {
            collectFirstSteps(sequence.get(0), steps);
        } else if (op instanceof Op1 unary) {
            collectFirstSteps(unary.getSubOp(), steps);
        }
    }

    /** The plan as TDB2's query engine makes it: optimised (paths flattened, joins ordered), then in quads. */
    private static Op enginePlan(String name) {
        return Algebra.toQuadForm(Algebra.optimize(Algebra.compile(QueryFactory.create(QueryCatalog.resolve(name).text()))));
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
