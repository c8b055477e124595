package eu.nis2assessor.domain.reasoning;

/**
 * The legal references the rules cite, in one place so that a reference is spelled the same way
 * everywhere. Form: {@code NIS2 Art 3(1)(a)}, {@code Rec 2003/361 Annex Art 6(2)}.
 */
public final class LegalBasis {

    private LegalBasis() {
    }

    // Directive (EU) 2022/2555 (NIS2)
    public static final String NIS2_ART_2_1 = "NIS2 Art 2(1)";
    public static final String NIS2_ART_2_2_A_I = "NIS2 Art 2(2)(a)(i)";
    public static final String NIS2_ART_2_2_A_II = "NIS2 Art 2(2)(a)(ii)";
    public static final String NIS2_ART_2_2_A_III = "NIS2 Art 2(2)(a)(iii)";
    public static final String NIS2_ART_2_2_B = "NIS2 Art 2(2)(b)";
    public static final String NIS2_ART_2_2_C = "NIS2 Art 2(2)(c)";
    public static final String NIS2_ART_2_2_D = "NIS2 Art 2(2)(d)";
    public static final String NIS2_ART_2_2_E = "NIS2 Art 2(2)(e)";
    public static final String NIS2_ART_2_2_F_I = "NIS2 Art 2(2)(f)(i)";
    public static final String NIS2_ART_2_2_F_II = "NIS2 Art 2(2)(f)(ii)";
    public static final String NIS2_ART_2_3 = "NIS2 Art 2(3)";
    public static final String NIS2_ART_2_4 = "NIS2 Art 2(4)";
    public static final String NIS2_ART_2_5_A = "NIS2 Art 2(5)(a)";
    public static final String NIS2_ART_2_5_B = "NIS2 Art 2(5)(b)";
    public static final String NIS2_ART_2_7 = "NIS2 Art 2(7)";
    public static final String NIS2_ART_2_9 = "NIS2 Art 2(9)";
    public static final String NIS2_ART_2_10 = "NIS2 Art 2(10)";
    public static final String NIS2_ART_3_1_A = "NIS2 Art 3(1)(a)";
    public static final String NIS2_ART_3_1_B = "NIS2 Art 3(1)(b)";
    public static final String NIS2_ART_3_1_C = "NIS2 Art 3(1)(c)";
    public static final String NIS2_ART_3_1_D = "NIS2 Art 3(1)(d)";
    public static final String NIS2_ART_3_1_E = "NIS2 Art 3(1)(e)";
    public static final String NIS2_ART_3_1_F = "NIS2 Art 3(1)(f)";
    public static final String NIS2_ART_3_1_G = "NIS2 Art 3(1)(g)";
    public static final String NIS2_ART_3_2 = "NIS2 Art 3(2)";
    public static final String NIS2_ART_3_3 = "NIS2 Art 3(3)";
    public static final String NIS2_ART_3_4 = "NIS2 Art 3(4)";
    public static final String NIS2_ART_4_1 = "NIS2 Art 4(1)";
    public static final String NIS2_ART_6_20 = "NIS2 Art 6(20)";
    public static final String NIS2_ART_6_21 = "NIS2 Art 6(21)";
    public static final String NIS2_ART_6_41 = "NIS2 Art 6(41)";
    public static final String NIS2_ART_20_1 = "NIS2 Art 20(1)";
    public static final String NIS2_ART_20_2 = "NIS2 Art 20(2)";
    public static final String NIS2_ART_27 = "NIS2 Art 27";
    public static final String NIS2_ART_28 = "NIS2 Art 28";
    public static final String NIS2_ART_21_5 = "NIS2 Art 21(5)";
    public static final String NIS2_ART_23_11 = "NIS2 Art 23(11)";
    /** Commission Implementing Regulation (EU) 2024/2690, which applies directly to the digital providers it lists. */
    public static final String CIR_ART_1 = "CIR 2024/2690 Art 1";
    public static final String NIS2_ART_32 = "NIS2 Art 32";
    public static final String NIS2_ART_32_2 = "NIS2 Art 32(2)";
    public static final String NIS2_ART_32_4 = "NIS2 Art 32(4)";
    public static final String NIS2_ART_32_5 = "NIS2 Art 32(5)";
    public static final String NIS2_ART_32_6 = "NIS2 Art 32(6)";
    public static final String NIS2_ART_33 = "NIS2 Art 33";
    public static final String NIS2_ART_33_2 = "NIS2 Art 33(2)";
    public static final String NIS2_ART_33_4 = "NIS2 Art 33(4)";
    public static final String NIS2_ART_33_5 = "NIS2 Art 33(5)";
    public static final String NIS2_ART_34_4 = "NIS2 Art 34(4)";
    public static final String NIS2_ART_34_5 = "NIS2 Art 34(5)";
    public static final String NIS2_ART_34_7 = "NIS2 Art 34(7)";
    public static final String NIS2_ART_36 = "NIS2 Art 36";
    public static final String DORA_ART_1_2 = "DORA Art 1(2)";

    // Commission Recommendation 2003/361/EC, Annex
    public static final String REC_ART_2_1 = "Rec 2003/361 Annex Art 2(1)";
    public static final String REC_ART_2_2 = "Rec 2003/361 Annex Art 2(2)";
    public static final String REC_ART_2_3 = "Rec 2003/361 Annex Art 2(3)";
    public static final String REC_ART_3_1 = "Rec 2003/361 Annex Art 3(1)";
    public static final String REC_ART_3_2 = "Rec 2003/361 Annex Art 3(2)";
    public static final String REC_ART_3_2_SECOND = "Rec 2003/361 Annex Art 3(2) second subparagraph";
    public static final String REC_ART_3_3 = "Rec 2003/361 Annex Art 3(3)";
    public static final String REC_ART_3_3_FOURTH = "Rec 2003/361 Annex Art 3(3) fourth subparagraph";
    public static final String REC_ART_3_4 = "Rec 2003/361 Annex Art 3(4)";
    public static final String REC_ART_4_1 = "Rec 2003/361 Annex Art 4(1)";
    public static final String REC_ART_4_2 = "Rec 2003/361 Annex Art 4(2)";
    public static final String REC_ART_5 = "Rec 2003/361 Annex Art 5";
    public static final String REC_ART_6_1 = "Rec 2003/361 Annex Art 6(1)";
    public static final String REC_ART_6_2 = "Rec 2003/361 Annex Art 6(2)";
    public static final String REC_ART_6_3 = "Rec 2003/361 Annex Art 6(3)";
}
