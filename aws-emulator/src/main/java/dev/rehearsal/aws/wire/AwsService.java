package dev.rehearsal.aws.wire;

/**
 * The query-protocol services this emulator speaks, with the API version and XML namespace of their
 * botocore models ({@code iam/2010-05-08}, {@code sts/2011-06-15}, {@code
 * cloudformation/2010-05-15}).
 */
public enum AwsService {
  IAM("iam", "2010-05-08", "https://iam.amazonaws.com/doc/2010-05-08/", true),
  STS("sts", "2011-06-15", "https://sts.amazonaws.com/doc/2011-06-15/", false),
  CLOUDFORMATION(
      "cloudformation", "2010-05-15", "http://cloudformation.amazonaws.com/doc/2010-05-15/", false);

  /** The region a global service's signatures are scoped to (AWS General Reference, SigV4). */
  public static final String GLOBAL_REGION = "us-east-1";

  private final String signingName;
  private final String apiVersion;
  private final String namespace;
  private final boolean global;

  AwsService(String signingName, String apiVersion, String namespace, boolean global) {
    this.signingName = signingName;
    this.apiVersion = apiVersion;
    this.namespace = namespace;
    this.global = global;
  }

  /** Whether the service has one global endpoint (IAM), signed for {@link #GLOBAL_REGION}. */
  public boolean global() {
    return global;
  }

  /** The service in a SigV4 credential scope ({@code AKID/DATE/REGION/sts/aws4_request}). */
  public String signingName() {
    return signingName;
  }

  public String apiVersion() {
    return apiVersion;
  }

  public String namespace() {
    return namespace;
  }
}
