package dev.rehearsal.core.access;

import dev.rehearsal.core.access.language.Alphabet;
import dev.rehearsal.core.access.language.Dfa;
import dev.rehearsal.core.evaluation.Wildcard;
import dev.rehearsal.core.evaluation.Wildcard.Token;
import dev.rehearsal.core.evaluation.Wildcard.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** The languages of ARN patterns, in the two readings IAM gives them. */
final class ArnSets {
  private static final int COLONS_BEFORE_RESOURCE = 5;

  private ArnSets() {}

  /**
   * {@code ArnEquals}/{@code ArnLike}: "each of the six colon-delimited components of the ARN is
   * checked separately" (IAM User Guide, "Amazon Resource Name (ARN) condition operators"), so
   * wildcards of the first five components never match a colon, and a value with fewer than six
   * components matches nothing (core's {@code ArnComparison}).
   */
  static Dfa condition(Wildcard pattern, Alphabet alphabet) {
    List<Token> bounded = new ArrayList<>();
    int colons = 0;
    for (Token token : pattern.tokens()) {
      boolean inPrefix = colons < COLONS_BEFORE_RESOURCE;
      if (token.kind() == TokenKind.LITERAL && token.character() == ':') {
        colons++;
      }
      bounded.add(inPrefix ? segmentBound(token) : token);
    }
    if (colons < COLONS_BEFORE_RESOURCE) {
      return Dfa.none(alphabet);
    }
    return Dfa.of(bounded, false, alphabet);
  }

  /**
   * A {@code Resource} pattern, read as the evaluator reads it ({@link
   * Wildcard#boundedToArnSegments()}: IAM User Guide, "Using wildcards in resource ARNs").
   */
  static Dfa resource(Wildcard pattern, Alphabet alphabet) {
    return Dfa.of(pattern.boundedToArnSegments(), alphabet);
  }

  private static Token segmentBound(Token token) {
    return switch (token.kind()) {
      case ANY_CHAR -> new Token(TokenKind.SEGMENT_CHAR, token.character());
      case ANY_RUN -> new Token(TokenKind.SEGMENT_RUN, token.character());
      default -> token;
    };
  }
}
