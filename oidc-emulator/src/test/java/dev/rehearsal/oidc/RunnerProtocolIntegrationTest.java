package dev.rehearsal.oidc;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RunnerProtocolTest} against the packaged jar. */
@QuarkusIntegrationTest
class RunnerProtocolIntegrationTest extends RunnerProtocolTest {}
