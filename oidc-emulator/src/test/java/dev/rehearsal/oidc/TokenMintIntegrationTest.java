package dev.rehearsal.oidc;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link TokenMintTest} against the packaged jar. */
@QuarkusIntegrationTest
class TokenMintIntegrationTest extends TokenMintTest {}
