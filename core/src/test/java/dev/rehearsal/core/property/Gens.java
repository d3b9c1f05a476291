package dev.rehearsal.core.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for what the property tests used to take from jqwik: strings over a
 * given alphabet, lists and maps with jqwik's size distribution (mostly short, now and then up to
 * the maximum), integers biased towards zero, optional and null values, and edge cases (the
 * smallest size, an integer's bounds and zero) mixed in at jqwik's rate. Every value is drawn from
 * the {@link org.quicktheories.core.RandomnessSource}, so QuickTheories replays and shrinks it.
 *
 * <p>{@code tries} is the number of examples the property runs: jqwik scaled its sizes and
 * edge-case rate by it, and so do these.
 */
public final class Gens {
  private Gens() {}

  /** Six generators combined (QuickTheories' {@code zip} takes five). */
  @FunctionalInterface
  public interface Fn6<A, B, C, D, E, F, R> {
    R apply(A a, B b, C c, D d, E e, F f);
  }

  /** Seven generators combined. */
  @FunctionalInterface
  public interface Fn7<A, B, C, D, E, F, G, R> {
    R apply(A a, B b, C c, D d, E e, F f, G g);
  }

  public static <A, B, C, D, E, F, R> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f, Fn6<A, B, C, D, E, F, R> as) {
    return in ->
        as.apply(
            a.generate(in),
            b.generate(in),
            c.generate(in),
            d.generate(in),
            e.generate(in),
            f.generate(in));
  }

  public static <A, B, C, D, E, F, G, R> Gen<R> combine(
      Gen<A> a,
      Gen<B> b,
      Gen<C> c,
      Gen<D> d,
      Gen<E> e,
      Gen<F> f,
      Gen<G> g,
      Fn7<A, B, C, D, E, F, G, R> as) {
    return in ->
        as.apply(
            a.generate(in),
            b.generate(in),
            c.generate(in),
            d.generate(in),
            e.generate(in),
            f.generate(in),
            g.generate(in));
  }

  /** One of the values, each as likely; shrinks towards the first. Nulls allowed. */
  @SafeVarargs
  public static <T> Gen<T> of(T... values) {
    return Generate.pick(Arrays.asList(values));
  }

  public static <T> Gen<T> of(List<T> values) {
    return Generate.pick(new ArrayList<>(values));
  }

  /** One of the generators, each as likely. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> all = List.of(gens);
    Gen<Integer> which = Generate.range(0, all.size() - 1);
    return in -> all.get(which.generate(in)).generate(in);
  }

  /** Pairs of weight and generator, as jqwik's {@code frequencyOf}. */
  public static <T> Gen<T> frequency(Object... weightsAndGens) {
    List<Integer> weights = new ArrayList<>();
    List<Gen<T>> gens = new ArrayList<>();
    for (int i = 0; i < weightsAndGens.length; i += 2) {
      int weight = (Integer) weightsAndGens[i];
      if (weight > 0) {
        weights.add(weight);
        @SuppressWarnings("unchecked")
        Gen<T> gen = (Gen<T>) weightsAndGens[i + 1];
        gens.add(gen);
      }
    }
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    Gen<Integer> ticket = Generate.range(0, total - 1);
    return in -> {
      int t = ticket.generate(in);
      for (int i = 0; ; i++) {
        t -= weights.get(i);
        if (t < 0) {
          return gens.get(i).generate(in);
        }
      }
    };
  }

  /**
   * The generator's values that pass the filter, drawn again until one does (as jqwik's {@code
   * filter}: up to 10,000 times, then the property fails rather than test fewer cases).
   */
  public static <T> Gen<T> filter(Gen<T> gen, Predicate<? super T> filter) {
    return in -> {
      for (int attempt = 0; attempt < 10_000; attempt++) {
        T value = gen.generate(in);
        if (filter.test(value)) {
          return value;
        }
      }
      throw new IllegalStateException("10,000 values in a row missed the filter");
    };
  }

  /** True with the given probability, in steps of 1/1000. */
  public static Gen<Boolean> chance(double probability) {
    int threshold = (int) Math.round(probability * 1000);
    return Generate.range(0, 999).map(t -> t < threshold);
  }

  public static <T> Gen<Optional<T>> optional(Gen<T> gen, double presence) {
    Gen<Boolean> present = chance(presence);
    return in -> present.generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  public static <T> Gen<T> injectNull(Gen<T> gen, double nullProbability) {
    Gen<Boolean> isNull = chance(nullProbability);
    return in -> isNull.generate(in) ? null : gen.generate(in);
  }

  /**
   * The edge cases now and then, at jqwik's rate: one value in {@code tries / edges}, but at least
   * one in 20 and at most one in 5.
   */
  public static <T> Gen<T> withEdgeCases(Gen<T> gen, int tries, List<T> edgeCases) {
    if (edgeCases.isEmpty()) {
      return gen;
    }
    int ratio = Math.min(Math.max(tries / edgeCases.size(), 5), 20);
    Gen<Integer> roll = Generate.range(0, ratio - 1);
    Gen<T> edge = of(edgeCases);
    // roll 0 (the shrink target) is an ordinary value, so failures shrink through the generator.
    return in -> roll.generate(in) == ratio - 1 ? edge.generate(in) : gen.generate(in);
  }

  /**
   * A size between min and max as jqwik draws one: all sizes alike when the range is small;
   * otherwise mostly up to a cutoff (min + the square root of tries), one in ten above it, and the
   * maximum itself up to one in fifty. The minimum is also an edge case.
   */
  public static Gen<Integer> sizes(int min, int max, int tries) {
    int cutoff = (int) Math.min(Math.max(Math.round(Math.sqrt(tries)), 10) + min, max);
    Gen<Integer> size;
    if (cutoff >= max) {
      size = Generate.range(min, max, min);
    } else {
      double atMax = Math.min(0.02, 1 / (max / 10.0));
      Gen<Integer> roll = Generate.range(0, 999_999);
      Gen<Integer> small = Generate.range(min, cutoff, min);
      Gen<Integer> large = Generate.range(cutoff + 1, max, cutoff + 1);
      size =
          in -> {
            double p = roll.generate(in) / 1_000_000.0;
            if (p < 1 - 0.1 - atMax) {
              return small.generate(in);
            }
            return p < 1 - atMax ? large.generate(in) : max;
          };
    }
    return withEdgeCases(size, tries, List.of(min));
  }

  /**
   * jqwik's default characters: the BMP without surrogates (D800-DFFF), private use (E000-F8FF) and
   * noncharacters (FDD0-FDEF, FFFE, FFFF), each as likely.
   */
  public static Gen<Character> anyChar() {
    return charRanges('\u0000', '\ud7ff', '\uf900', '\ufdcf', '\ufdf0', '\ufffd');
  }

  /** Every char, lone surrogate halves included (jqwik's {@code strings().all()}). */
  public static Gen<Character> allChars() {
    return Generate.range(0, 0xFFFF).map(c -> (char) c.intValue());
  }

  /** The alphabet's chars (UTF-16 units: an emoji gives its two halves), each as likely. */
  public static Gen<Character> chars(String alphabet) {
    List<Character> chars = new ArrayList<>();
    for (char c : alphabet.toCharArray()) {
      chars.add(c);
    }
    return Generate.pick(chars);
  }

  /** jqwik's {@code alpha()}: a-z and A-Z. */
  public static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** jqwik's {@code alpha().numeric()}: a-z, A-Z and 0-9. */
  public static final String ALPHA_NUMERIC = ALPHA + "0123456789";

  /** Chars from inclusive ranges (pairs of first and last), each char as likely. */
  public static Gen<Character> charRanges(char... firstsAndLasts) {
    int total = 0;
    for (int i = 0; i < firstsAndLasts.length; i += 2) {
      total += firstsAndLasts[i + 1] - firstsAndLasts[i] + 1;
    }
    return Generate.range(0, total - 1)
        .map(
            n -> {
              int rest = n;
              for (int i = 0; ; i += 2) {
                int size = firstsAndLasts[i + 1] - firstsAndLasts[i] + 1;
                if (rest < size) {
                  return (char) (firstsAndLasts[i] + rest);
                }
                rest -= size;
              }
            });
  }

  public static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength, int tries) {
    Gen<Integer> length = sizes(minLength, maxLength, tries);
    return in -> {
      int n = length.generate(in);
      StringBuilder text = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        text.append(chars.generate(in));
      }
      return text.toString();
    };
  }

  /** jqwik's {@code @ForAll String}: default characters, up to 255 of them. */
  public static Gen<String> anyString(int tries) {
    return strings(anyChar(), 0, 255, tries);
  }

  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize, int tries) {
    Gen<Integer> size = sizes(minSize, maxSize, tries);
    return in -> {
      int n = size.generate(in);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(element.generate(in));
      }
      return list;
    };
  }

  /**
   * Maps with distinct keys, as jqwik's {@code maps}: a size, then keys until that many are
   * distinct (fewer when the keys run out).
   */
  public static <K, V> Gen<Map<K, V>> maps(
      Gen<K> keys, Gen<V> values, int minSize, int maxSize, int tries) {
    Gen<Integer> size = sizes(minSize, maxSize, tries);
    return in -> {
      int n = size.generate(in);
      Map<K, V> map = new HashMap<>();
      for (int attempt = 0; map.size() < n && attempt < 100 * (n + 1); attempt++) {
        K key = keys.generate(in);
        if (!map.containsKey(key)) {
          map.put(key, values.generate(in));
        }
      }
      return map;
    };
  }

  /** jqwik's {@code @ForAll byte[]}: up to 255 bytes, each byte's bounds and zero edge cases. */
  public static Gen<byte[]> bytes(int tries) {
    Gen<List<Integer>> list =
        lists(
            withEdgeCases(Generate.range(-128, 127, 0), tries, List.of(0, -128, 127)),
            0,
            255,
            tries);
    return list.map(
        l -> {
          byte[] bytes = new byte[l.size()];
          for (int i = 0; i < bytes.length; i++) {
            bytes[i] = l.get(i).byteValue();
          }
          return bytes;
        });
  }

  /**
   * Integers from min to max as jqwik's default (biased) distribution draws them: in a range of
   * more than a thousand, a magnitude first (each power of two as likely), so small numbers near
   * zero come often and the whole range still comes; edge cases min, max, 0, 1 and -1 (those in
   * range) mixed in.
   */
  public static Gen<Integer> ints(int min, int max, int tries) {
    return longs(min, max, tries).map(Long::intValue);
  }

  /** As {@link #ints}, for longs. */
  public static Gen<Long> longs(long min, long max, int tries) {
    long target = min > 0 ? min : max < 0 ? max : 0;
    Gen<Long> value;
    if (max - min >= 0 && max - min <= 1000) {
      value = Generate.longRange(min, max, target);
    } else {
      Gen<Integer> bits = Generate.range(0, 63);
      Gen<Long> any = Generate.longRange(min, max, target);
      value =
          in -> {
            int k = bits.generate(in);
            if (k == 63) {
              return any.generate(in);
            }
            long spread = 1L << k;
            long low = target - spread < target && target - spread >= min ? target - spread : min;
            long high = target + spread > target && target + spread <= max ? target + spread : max;
            return Generate.longRange(low, high, target).generate(in);
          };
    }
    List<Long> edges = new ArrayList<>();
    for (long edge : new long[] {min, max, 0, 1, -1, min + 1, max - 1}) {
      if (edge >= min && edge <= max && !edges.contains(edge)) {
        edges.add(edge);
      }
    }
    return withEdgeCases(value, tries, edges);
  }

  /**
   * {@code text} with one edit: up to 12 characters at a random place replaced by one of the {@code
   * tokens} or by up to 4 random characters (robustness properties of parsers).
   */
  public static Gen<String> textMutants(String text, List<String> tokens, int tries) {
    Gen<String> insert = oneOf(of(tokens), strings(anyChar(), 0, 4, tries));
    return ints(0, text.length(), tries)
        .zip(
            ints(0, 12, tries),
            insert,
            (at, deleted, inserted) ->
                text.substring(0, at)
                    + inserted
                    + text.substring(Math.min(text.length(), at + deleted)));
  }
}
