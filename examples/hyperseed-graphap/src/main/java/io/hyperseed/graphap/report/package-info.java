/** Result tables with paired tests (markdown, CSV), the per-fold accuracy chart and the community census (PNG). */
@NullMarked
package io.hyperseed.graphap.report;

import org.jspecify.annotations.NullMarked;
