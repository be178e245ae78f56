/** Small tensor helpers shared by the model and the loss (DJL has no CSR and no scatter-add). */
package io.hyperseed.neural.tensor;
