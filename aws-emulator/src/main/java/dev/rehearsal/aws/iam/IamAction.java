package dev.rehearsal.aws.iam;

import dev.rehearsal.aws.wire.QueryParams;
import dev.rehearsal.aws.wire.XmlBody;
import java.util.Optional;

/** One IAM action: its parameters in, its result out (empty for actions without output). */
@FunctionalInterface
interface IamAction {
  Optional<XmlBody> run(QueryParams params);
}
