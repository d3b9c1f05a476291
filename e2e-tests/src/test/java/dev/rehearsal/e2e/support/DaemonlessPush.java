package dev.rehearsal.e2e.support;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.RegistryImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecr.EcrClient;

/**
 * The seed flow where no Docker engine answers, so that the seed's login and {@code docker push}
 * cannot run: the job runs the seed's steps up to its credentials (checkout, configure-aws-
 * credentials: its token, its role) and hands its session credentials over; Jib core (Google's
 * daemonless image builder) then builds a {@code FROM scratch} image of one file and pushes it with
 * the registry password those credentials get from {@code ecr:GetAuthorizationToken}, as {@code
 * docker login} would have used it.
 */
public final class DaemonlessPush {
  private DaemonlessPush() {}

  /**
   * {@code workflow} (the seed's) up to its ECR login, then a step that writes the job's session
   * credentials to {@code credentials}.
   */
  public static String workflow(String workflow, Path credentials) {
    String untilLogin =
        workflow.substring(0, workflow.indexOf("      - name: Login to Amazon ECR"));
    return untilLogin
        + """
              - name: Hand the session credentials to Jib
                run: |
                  printf '%s\\n' "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" \\
                    "$AWS_SESSION_TOKEN" > 'FILE'
        """
            .replace("FILE", credentials.toString());
  }

  /**
   * Pushes {@code image} (a file holding {@code content}) with the session credentials a job of
   * {@link #workflow} wrote to {@code credentials}; the manifest digest.
   */
  public static String push(
      String awsUrl, Path credentials, String image, String content, Path folder) throws Exception {
    AwsSessionCredentials session = SignedClients.session(credentials);
    // Jib sends credentials over plain HTTP only when told to (its documented system property):
    // ECR's registry here is a loopback one, without TLS.
    System.setProperty("sendCredentialsOverHttp", "true");
    Path file = Files.writeString(Files.createDirectories(folder).resolve("hello.txt"), content);
    return Jib.fromScratch()
        .addLayer(List.of(file), AbsoluteUnixPath.get("/"))
        .containerize(
            Containerizer.to(
                    RegistryImage.named(image).addCredential("AWS", password(awsUrl, session)))
                .setAllowInsecureRegistries(true)
                .setBaseImageLayersCache(folder.resolve("jib-cache"))
                .setApplicationLayersCache(folder.resolve("jib-cache")))
        .getDigest()
        .toString();
  }

  /** The password of {@code AWS}: the second half of the decoded authorization token. */
  private static String password(String awsUrl, AwsSessionCredentials session) {
    try (EcrClient ecr =
        EcrClient.builder()
            .endpointOverride(URI.create(awsUrl))
            .region(Region.of(Emulators.REGION))
            .credentialsProvider(StaticCredentialsProvider.create(session))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      String token = ecr.getAuthorizationToken().authorizationData().get(0).authorizationToken();
      String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      return decoded.substring(decoded.indexOf(':') + 1);
    }
  }
}
