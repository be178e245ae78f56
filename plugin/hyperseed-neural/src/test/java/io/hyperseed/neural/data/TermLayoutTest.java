package io.hyperseed.neural.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermLayoutTest {

    @Test
    void termsGoToPowerOfTwoBucketsWithPaddingAtTheConstantSlot() {
        Polynomial p = Polynomial.builder(4)
                .addConstant(2.0)
                .addTerm(3.0, Literal.positive(1))
                .addTerm(-1.0, Literal.positive(0), Literal.negative(2), Literal.positive(3))
                .build();
        TermLayout layout = TermLayout.of(4, List.of(p));

        assertThat(layout.constants()).containsExactly(2f);
        assertThat(layout.buckets()).extracting(TermLayout.Bucket::width).containsExactly(1, 4);
        assertThat(layout.buckets().get(0).indices()).containsExactly(1L);
        assertThat(layout.buckets().get(1).indices()).containsExactly(0L, 4L + 2, 3L, 8L);
        assertThat(layout.buckets().get(1).coefficients()).containsExactly(-1f);
    }

    @Test
    void rowsKeepTheirIndex() {
        Polynomial a = Polynomial.builder(2).addTerm(1.0, Literal.positive(0)).build();
        Polynomial b = Polynomial.builder(2).addTerm(5.0, Literal.positive(1)).build();
        TermLayout layout = TermLayout.of(2, List.of(a, b));

        assertThat(layout.numRows()).isEqualTo(2);
        assertThat(layout.buckets().get(0).rows()).containsExactly(0, 1);
    }

    @Test
    void rowsOverOtherVariableCountsAreRefused() {
        Polynomial a = Polynomial.builder(3).build();
        assertThatThrownBy(() -> TermLayout.of(2, List.of(a))).hasMessageContaining("(2)");
    }
}
