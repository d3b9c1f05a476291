/**
 * The container registry's storage, in plain Java: {@link dev.rehearsal.aws.ecr.store.BlobStore}
 * (content-addressed blobs, {@code blobs/sha256/ab/abcdef…}) and {@link
 * dev.rehearsal.aws.ecr.store.Uploads} (resumable upload sessions, {@code uploads/<id>/}).
 *
 * <p>Every byte is streamed (256 KiB buffers) and digested as it is written; nothing is visible
 * before its size and digest are verified and it is on disk, and it then appears by one atomic
 * rename. Files are mode 0600, directories 0700. Refusals are {@link
 * dev.rehearsal.core.error.RegistryException}s carrying both the OCI code and the ECR API error;
 * I/O failures are {@link java.io.UncheckedIOException}s (a 500). Methods block on disk I/O: call
 * them from worker threads, not from an event loop.
 */
package dev.rehearsal.aws.ecr.store;
