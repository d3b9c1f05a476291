package dev.rehearsal.core.access;

import dev.rehearsal.core.evaluation.Wildcard;
import dev.rehearsal.core.evaluation.Wildcard.Token;
import dev.rehearsal.core.evaluation.Wildcard.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** Builds pattern positions for languages no policy writes as one pattern (an ARN's shape). */
final class Tokens {
  private final List<Token> tokens = new ArrayList<>();

  static Tokens start() {
    return new Tokens();
  }

  Tokens literal(String text) {
    for (char c : text.toCharArray()) {
      tokens.add(new Token(TokenKind.LITERAL, c));
    }
    return this;
  }

  Tokens add(Wildcard pattern) {
    tokens.addAll(pattern.tokens());
    return this;
  }

  Tokens anyRun() {
    tokens.add(new Token(TokenKind.ANY_RUN, '*'));
    return this;
  }

  Tokens anyChar() {
    tokens.add(new Token(TokenKind.ANY_CHAR, '?'));
    return this;
  }

  /** A run without a colon: one ARN segment. */
  Tokens segment() {
    tokens.add(new Token(TokenKind.SEGMENT_RUN, '*'));
    return this;
  }

  List<Token> build() {
    return List.copyOf(tokens);
  }
}
