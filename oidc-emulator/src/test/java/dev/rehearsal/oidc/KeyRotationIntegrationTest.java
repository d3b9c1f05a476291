package dev.rehearsal.oidc;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link KeyRotationTest} against the packaged jar. */
@QuarkusIntegrationTest
class KeyRotationIntegrationTest extends KeyRotationTest {}
