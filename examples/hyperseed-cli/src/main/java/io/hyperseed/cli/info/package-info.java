/** {@code hyperseed info}: sizes and statistics of an instance before solving it. */
package io.hyperseed.cli.info;
