package org.chunfeng.deliverable;

import java.time.Instant;

/**
 * Which version of its (deliverable, as-of) a run's report is (SPEC §5.4).
 *
 * @param version 1, 2, … for a run that sends; 0 for a preview ({@code --no-mail})
 * @param preview compiled and stored but not sent; it does not complete the identity
 * @param deliveredAt when its messages were all sent; null until then (and for previews)
 */
public record RunVersion(int version, boolean preview, Instant deliveredAt) {

}
