package dev.mistral4j.rag;

import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.ContainsString;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThan;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThan;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsNotIn;
import dev.langchain4j.store.embedding.filter.logical.And;
import dev.langchain4j.store.embedding.filter.logical.Not;
import dev.langchain4j.store.embedding.filter.logical.Or;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * LangChain4j metadata filters as Lucene queries over the fields of {@link LuceneMetadata}, with the semantics of
 * {@code Filter.test}: numbers compare by value whatever their types, a UUID equals its string form, and the negative
 * filters ({@code IsNotEqualTo}, {@code IsNotIn}, {@code Not}) match segments that lack the key. A comparison of a key
 * with a value of another kind (a string with a number) matches nothing.
 */
final class LuceneFilters {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Query all;

    /** @param all the query matching every segment, which the negative filters subtract from */
    LuceneFilters(Query all) {
        this.all = all;
    }

    Query toQuery(Filter filter) {
        if (filter instanceof IsEqualTo f) {
            return range(f.key(), f.comparisonValue(), true, f.comparisonValue(), true);
        } else if (filter instanceof IsNotEqualTo f) {
            return allBut(range(f.key(), f.comparisonValue(), true, f.comparisonValue(), true));
        } else if (filter instanceof IsGreaterThan f) {
            return range(f.key(), f.comparisonValue(), false, null, false);
        } else if (filter instanceof IsGreaterThanOrEqualTo f) {
            return range(f.key(), f.comparisonValue(), true, null, false);
        } else if (filter instanceof IsLessThan f) {
            return range(f.key(), null, false, f.comparisonValue(), false);
        } else if (filter instanceof IsLessThanOrEqualTo f) {
            return range(f.key(), null, false, f.comparisonValue(), true);
        } else if (filter instanceof IsIn f) {
            return in(f.key(), f.comparisonValues());
        } else if (filter instanceof IsNotIn f) {
            return allBut(in(f.key(), f.comparisonValues()));
        } else if (filter instanceof ContainsString f) {
            Automaton containing = Operations.concatenate(List.of(Automata.makeAnyString(),
                    Automata.makeString(f.comparisonValue()), Automata.makeAnyString()));
            return new AutomatonQuery(new Term(LuceneMetadata.termField(f.key())),
                    Operations.determinize(containing, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
        } else if (filter instanceof Not f) {
            return allBut(toQuery(f.expression()));
        } else if (filter instanceof And f) {
            return new BooleanQuery.Builder().add(toQuery(f.left()), Occur.FILTER)
                    .add(toQuery(f.right()), Occur.FILTER).build();
        } else if (filter instanceof Or f) {
            return new BooleanQuery.Builder().add(toQuery(f.left()), Occur.SHOULD)
                    .add(toQuery(f.right()), Occur.SHOULD).build();
        }
        throw new UnsupportedOperationException("The embedded store cannot apply the filter " + filter
                + ": it supports LangChain4j's comparison (equal, not equal, greater, less, in, not in, contains) "
                + "and logical (and, or, not) filters");
    }

    private Query allBut(Query excluded) {
        return new BooleanQuery.Builder().add(all, Occur.FILTER).add(excluded, Occur.MUST_NOT).build();
    }

    /** Values between the bounds; a null bound is open. Both bounds, when given, are of the same kind. */
    private static Query range(String key, Object lower, boolean lowerInclusive, Object upper,
            boolean upperInclusive) {
        Object kind = lower != null ? lower : upper;
        if (kind instanceof Number) {
            Number from = (Number) lower;
            Number to = (Number) upper;
            return either(longRange(key, from, lowerInclusive, to, upperInclusive),
                    doubleRange(key, from, lowerInclusive, to, upperInclusive));
        }
        String from = lower == null ? null : termOf(key, lower);
        String to = upper == null ? null : termOf(key, upper);
        if (from != null && from.equals(to)) {
            return new TermQuery(new Term(LuceneMetadata.termField(key), from));
        }
        return TermRangeQuery.newStringRange(LuceneMetadata.termField(key), from, to, lowerInclusive, upperInclusive);
    }

    private static Query in(String key, Collection<?> values) {
        List<BytesRef> terms = new ArrayList<>();
        List<Long> longs = new ArrayList<>();
        List<Double> doubles = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Number number) {
                BigDecimal decimal = decimal(number);
                if (decimal != null && decimal.stripTrailingZeros().scale() <= 0 && decimal.compareTo(LONG_MIN) >= 0
                        && decimal.compareTo(LONG_MAX) <= 0) {
                    longs.add(decimal.longValueExact());
                }
                doubles.add(LuceneMetadata.decimalValue(number));
            } else {
                terms.add(new BytesRef(termOf(key, value)));
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            any.add(new TermInSetQuery(LuceneMetadata.termField(key), terms), Occur.SHOULD);
        }
        if (!longs.isEmpty()) {
            any.add(LongPoint.newSetQuery(LuceneMetadata.longField(key), longs), Occur.SHOULD);
        }
        if (!doubles.isEmpty()) {
            any.add(DoublePoint.newSetQuery(LuceneMetadata.doubleField(key), doubles), Occur.SHOULD);
        }
        return any.build();
    }

    private static String termOf(String key, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        throw new IllegalArgumentException("The filter on '" + key + "' compares with a value of unsupported type "
                + value.getClass().getName() + ": use a String, UUID, Integer, Long, Float or Double");
    }

    private static Query either(Query left, Query right) {
        return new BooleanQuery.Builder().add(left, Occur.SHOULD).add(right, Occur.SHOULD).build();
    }

    /** The whole numbers between the bounds, exactly, whatever the bounds' types. */
    private static Query longRange(String key, Number lower, boolean lowerInclusive, Number upper,
            boolean upperInclusive) {
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (lower != null) {
            BigDecimal bound = decimal(lower);
            if (bound == null) {
                if (Double.isNaN(lower.doubleValue()) || lower.doubleValue() > 0) {
                    return new MatchNoDocsQuery();
                }
            } else {
                BigDecimal first = lowerInclusive ? bound.setScale(0, RoundingMode.CEILING)
                        : bound.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
                if (first.compareTo(LONG_MAX) > 0) {
                    return new MatchNoDocsQuery();
                }
                from = first.max(LONG_MIN).longValueExact();
            }
        }
        if (upper != null) {
            BigDecimal bound = decimal(upper);
            if (bound == null) {
                if (Double.isNaN(upper.doubleValue()) || upper.doubleValue() < 0) {
                    return new MatchNoDocsQuery();
                }
            } else {
                BigDecimal last = upperInclusive ? bound.setScale(0, RoundingMode.FLOOR)
                        : bound.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
                if (last.compareTo(LONG_MIN) < 0) {
                    return new MatchNoDocsQuery();
                }
                to = last.min(LONG_MAX).longValueExact();
            }
        }
        return from > to ? new MatchNoDocsQuery() : LongPoint.newRangeQuery(LuceneMetadata.longField(key), from, to);
    }

    private static Query doubleRange(String key, Number lower, boolean lowerInclusive, Number upper,
            boolean upperInclusive) {
        double from = Double.NEGATIVE_INFINITY;
        double to = Double.POSITIVE_INFINITY;
        if (lower != null) {
            double bound = LuceneMetadata.decimalValue(lower);
            from = lowerInclusive ? bound : Math.nextUp(bound);
        }
        if (upper != null) {
            double bound = LuceneMetadata.decimalValue(upper);
            to = upperInclusive ? bound : Math.nextDown(bound);
        }
        if (Double.isNaN(from) || Double.isNaN(to) || from > to) {
            return new MatchNoDocsQuery();
        }
        return DoublePoint.newRangeQuery(LuceneMetadata.doubleField(key), from, to);
    }

    /** The exact decimal value, as LangChain4j's filters compare numbers; null for infinities and NaN. */
    private static BigDecimal decimal(Number number) {
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            return null;
        }
        return new BigDecimal(number.toString());
    }
}
