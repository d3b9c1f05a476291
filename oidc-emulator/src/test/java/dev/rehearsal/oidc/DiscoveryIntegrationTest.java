package dev.rehearsal.oidc;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DiscoveryTest} against the packaged jar. */
@QuarkusIntegrationTest
class DiscoveryIntegrationTest extends DiscoveryTest {}
