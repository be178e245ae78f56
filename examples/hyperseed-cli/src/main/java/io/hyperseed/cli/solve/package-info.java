/** {@code hyperseed solve}: one instance, one configuration, live progress and a summary. */
package io.hyperseed.cli.solve;
