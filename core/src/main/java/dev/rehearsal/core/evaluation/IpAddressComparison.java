package dev.rehearsal.core.evaluation;

/**
 * {@code IpAddress}/{@code NotIpAddress}: whether the request's address lies in a CIDR range, IPv4
 * or IPv6; a policy address without a prefix length is a single address ("IAM uses the default
 * prefix value of /32", IAM User Guide, "IP address condition operators"). An IPv4 address never
 * lies in an IPv6 range or the reverse. Text that is not an address matches nothing.
 */
final class IpAddressComparison {
  private IpAddressComparison() {}

  static ValueTest compile(String policyValue) {
    Cidr range = Cidr.parse(policyValue);
    if (range == null) {
      return ValueTest.NOTHING;
    }
    return requestValue -> {
      Cidr address = Cidr.parse(requestValue);
      return address != null && range.contains(address);
    };
  }
}
