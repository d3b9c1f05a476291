package dev.rehearsal.oidc;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SubjectTemplateTest} against the packaged jar. */
@QuarkusIntegrationTest
class SubjectTemplateIntegrationTest extends SubjectTemplateTest {}
