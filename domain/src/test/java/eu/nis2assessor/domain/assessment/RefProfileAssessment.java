package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static eu.nis2assessor.domain.scope.EntityType.*;

/**
 * An independent reference for the single-entity assessment, written from nis2-rules.md §1.2, §2.1-2.2, §4.6, §5, §6,
 * §7, §10.2, entity-types.md, the contract's special outcomes and the recorded decisions of docs/decisions.md
 * ("Rules engine (issue 4)" and the two "Rules corrections"). It uses none of the engine's policies; only the input and
 * result types, and the legal-basis spelling, which is the engine's convention.
 */
final class RefProfileAssessment {

    /** The outcome fields the differential test compares. */
    record Outcome(EntityClass entityClass, SizeClass sizeClass, Set<String> legalBasis, String regime,
                   boolean art32_5, BigDecimal fineMax, BigDecimal fineFixed, BigDecimal finePct, Set<String> fineBasis,
                   Set<String> management, Set<String> registration, boolean cir) {
    }

    private static final BigDecimal M = new BigDecimal("1000000");

    // ------------------------------------------------------------------------------------------------- size

    /** nis2-rules §1.2 inverted decision function; unknown balance sheet = above every ceiling (decisions.md). */
    static SizeClass raw(SizeFigures f) {
        BigDecimal awu = f.headcount();
        BigDecimal t = f.annualTurnover();
        BigDecimal b = f.balanceSheetTotal();
        if (awu.compareTo(new BigDecimal(250)) >= 0 || (over(t, 50) && (b == null || over(b, 43)))) {
            return SizeClass.LARGE;
        }
        if (awu.compareTo(new BigDecimal(50)) >= 0 || (over(t, 10) && (b == null || over(b, 10)))) {
            return SizeClass.MEDIUM;
        }
        if (awu.compareTo(new BigDecimal(10)) >= 0 || (over(t, 2) && (b == null || over(b, 2)))) {
            return SizeClass.SMALL;
        }
        return SizeClass.MICRO;
    }

    private static boolean over(BigDecimal amount, int millions) {
        return amount.compareTo(M.multiply(BigDecimal.valueOf(millions))) > 0;
    }

    /** §4.6 with two known periods: the previous period is the first known, its class is kept (same class: that one). */
    static SizeClass size(SizeFigures latest, SizeFigures previous) {
        SizeClass now = raw(latest);
        if (previous == null) {
            return now;
        }
        SizeClass before = raw(previous);
        return before == now ? now : before;
    }

    // ------------------------------------------------------------------------------------------- classification

    private static final Set<EntityType> PA = EnumSet.of(CENTRAL_GOVERNMENT_ENTITY, REGIONAL_GOVERNMENT_ENTITY,
            LOCAL_GOVERNMENT_ENTITY);
    private static final Set<EntityType> OUTSIDE = EnumSet.of(DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER,
            LOCAL_GOVERNMENT_ENTITY, EDUCATION_INSTITUTION);
    private static final Set<EntityType> ANNEX_II = EnumSet.of(POSTAL_SERVICE_PROVIDER, WASTE_MANAGEMENT_UNDERTAKING,
            CHEMICAL_SUBSTANCE_MANUFACTURER_DISTRIBUTOR, CHEMICAL_ARTICLE_PRODUCER, FOOD_BUSINESS,
            MEDICAL_DEVICE_MANUFACTURER, COMPUTER_ELECTRONIC_OPTICAL_MANUFACTURER, ELECTRICAL_EQUIPMENT_MANUFACTURER,
            MACHINERY_MANUFACTURER, MOTOR_VEHICLE_MANUFACTURER, OTHER_TRANSPORT_EQUIPMENT_MANUFACTURER,
            ONLINE_MARKETPLACE_PROVIDER, ONLINE_SEARCH_ENGINE_PROVIDER, SOCIAL_NETWORKING_PLATFORM_PROVIDER,
            RESEARCH_ORGANISATION);
    private static final Set<EntityType> ANCILLARY_OUT = EnumSet.of(DRINKING_WATER_SUPPLIER, WASTE_WATER_UNDERTAKING,
            WASTE_MANAGEMENT_UNDERTAKING, ROAD_AUTHORITY);
    private static final Set<EntityType> DORA = EnumSet.of(CREDIT_INSTITUTION, TRADING_VENUE_OPERATOR,
            CENTRAL_COUNTERPARTY);
    private static final Set<EntityType> TELECOM = EnumSet.of(PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER,
            PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER);
    /** CIR 2024/2690 Art 1 (nis2-rules §2.2 step 5). */
    private static final Set<EntityType> CIR = EnumSet.of(DNS_SERVICE_PROVIDER, TLD_NAME_REGISTRY,
            CLOUD_COMPUTING_SERVICE_PROVIDER, DATA_CENTRE_SERVICE_PROVIDER, CONTENT_DELIVERY_NETWORK_PROVIDER,
            MANAGED_SERVICE_PROVIDER, MANAGED_SECURITY_SERVICE_PROVIDER, ONLINE_MARKETPLACE_PROVIDER,
            ONLINE_SEARCH_ENGINE_PROVIDER, SOCIAL_NETWORKING_PLATFORM_PROVIDER, TRUST_SERVICE_PROVIDER);
    /** Art 27 (nis2-rules §10.2). */
    private static final Set<EntityType> ART27 = EnumSet.of(DNS_SERVICE_PROVIDER, TLD_NAME_REGISTRY,
            DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER, CLOUD_COMPUTING_SERVICE_PROVIDER, DATA_CENTRE_SERVICE_PROVIDER,
            CONTENT_DELIVERY_NETWORK_PROVIDER, MANAGED_SERVICE_PROVIDER, MANAGED_SECURITY_SERVICE_PROVIDER,
            ONLINE_MARKETPLACE_PROVIDER, ONLINE_SEARCH_ENGINE_PROVIDER, SOCIAL_NETWORKING_PLATFORM_PROVIDER);

    static boolean annex(EntityType t) {
        return !OUTSIDE.contains(t);
    }

    static boolean annexI(EntityType t) {
        return annex(t) && !ANNEX_II.contains(t);
    }

    static Outcome assess(EntityProfile p) {
        SizeClass size = size(p.figures(), p.previousFigures());
        boolean natSec = p.exclusions().contains(Exclusion.NATIONAL_SECURITY_PUBLIC_ADMINISTRATION);
        boolean pa = natSec;
        boolean actsAsTsp = false;
        for (Activity a : p.activities()) {
            pa |= PA.contains(a.type());
            actsAsTsp |= a.type() == TRUST_SERVICE_PROVIDER;
        }
        // Step 0, in the order of nis2-rules §2.2
        if (natSec && !actsAsTsp) {
            return out(size, "NIS2 Art 2(7)");
        }
        if (p.exclusions().contains(Exclusion.DORA_EXEMPTED)) {
            return out(size, "NIS2 Art 2(10)");
        }
        if (!p.providesServicesInUnion()) {
            return out(size, "NIS2 Art 2(1)");
        }
        // the activities that count
        boolean education = false;
        for (Activity a : p.activities()) {
            education |= a.type() == EDUCATION_INSTITUTION && !a.ancillary();
        }
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        boolean qualifiedTsp = false;
        for (Activity a : p.activities()) {
            EntityType t = a.type();
            if (natSec && t != TRUST_SERVICE_PROVIDER) {
                continue; // Art 2(9): only the trust services are assessed
            }
            if (t == RESEARCH_ORGANISATION && education) {
                continue; // Art 6(41)
            }
            if (a.ancillary() && ANCILLARY_OUT.contains(t)) {
                continue;
            }
            types.add(t);
            qualifiedTsp |= t == TRUST_SERVICE_PROVIDER && a.qualified();
        }
        boolean anyAnnex = types.stream().anyMatch(RefProfileAssessment::annex);
        boolean sized = types.stream().anyMatch(t -> annex(t) && !PA.contains(t));
        boolean sizedI = types.stream().anyMatch(t -> annexI(t) && !PA.contains(t));
        boolean telecom = types.stream().anyMatch(TELECOM::contains);
        boolean medium = size == SizeClass.MEDIUM;
        boolean atLeastMedium = size.compareTo(SizeClass.MEDIUM) >= 0;

        Set<String> essential = new TreeSet<>();
        Set<String> scope = new TreeSet<>();
        for (Identification id : p.identifications()) {
            switch (id.ground()) {
                case CER_CRITICAL_ENTITY -> essential.add("NIS2 Art 3(1)(f)");
                case NIS1_OPERATOR_OF_ESSENTIAL_SERVICES -> essential.add("NIS2 Art 3(1)(g)");
                case REGIONAL_RISK_ASSESSMENT -> {
                    if (types.contains(REGIONAL_GOVERNMENT_ENTITY)) {
                        scope.add("NIS2 Art 2(2)(f)(ii)");
                    }
                }
                default -> {
                    if (anyAnnex) {
                        if (id.entityClass() == EntityClass.ESSENTIAL) {
                            essential.add("NIS2 Art 3(1)(e)");
                        } else {
                            scope.add(switch (id.ground()) {
                                case SOLE_PROVIDER -> "NIS2 Art 2(2)(b)";
                                case PUBLIC_SAFETY_SECURITY_HEALTH_IMPACT -> "NIS2 Art 2(2)(c)";
                                case SYSTEMIC_RISK -> "NIS2 Art 2(2)(d)";
                                default -> "NIS2 Art 2(2)(e)";
                            });
                        }
                    }
                }
            }
        }
        if (qualifiedTsp || types.contains(TLD_NAME_REGISTRY) || types.contains(DNS_SERVICE_PROVIDER)) {
            essential.add("NIS2 Art 3(1)(b)");
        }
        if (types.contains(CENTRAL_GOVERNMENT_ENTITY)) {
            essential.add("NIS2 Art 3(1)(d)");
        }
        if (sizedI && size == SizeClass.LARGE) {
            essential.add("NIS2 Art 3(1)(a)");
        }
        if (telecom && medium) {
            essential.add("NIS2 Art 3(1)(c)");
        }
        if (sized && atLeastMedium) {
            scope.add("NIS2 Art 2(1)");
        }
        if (telecom) {
            scope.add("NIS2 Art 2(2)(a)(i)");
        }
        if (types.contains(TRUST_SERVICE_PROVIDER)) {
            scope.add("NIS2 Art 2(2)(a)(ii)");
        }
        boolean registrar = types.contains(DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER);
        EntityClass cls;
        Set<String> basis = new TreeSet<>();
        if (!essential.isEmpty()) {
            cls = EntityClass.ESSENTIAL;
            basis.addAll(essential);
        } else if (!scope.isEmpty()) {
            cls = EntityClass.IMPORTANT;
            basis.addAll(scope);
            basis.add("NIS2 Art 3(2)");
        } else {
            cls = EntityClass.NOT_IN_SCOPE;
            if (sized || !registrar) {
                basis.add("NIS2 Art 2(1)");
            }
            if (registrar) {
                basis.add("NIS2 Art 3(3)");
            }
        }
        if (registrar) {
            basis.add("NIS2 Art 2(4)");
        }
        boolean inScope = cls != EntityClass.NOT_IN_SCOPE;
        boolean dora = inScope && types.stream().anyMatch(DORA::contains);
        if (dora) {
            basis.add("NIS2 Art 4(1)");
            basis.add("DORA Art 1(2)");
        }
        boolean cir = inScope && !dora && types.stream().anyMatch(CIR::contains);

        String regime = !inScope || dora ? "NONE" : cls == EntityClass.ESSENTIAL ? "EX_ANTE" : "EX_POST";
        boolean art32_5 = inScope && !dora && cls == EntityClass.ESSENTIAL && !pa;

        BigDecimal max = null;
        BigDecimal fixed = null;
        BigDecimal pct = null;
        Set<String> fineBasis = null;
        if (inScope && !dora) {
            boolean e = cls == EntityClass.ESSENTIAL;
            fixed = e ? new BigDecimal("10000000") : new BigDecimal("7000000");
            pct = e ? new BigDecimal("2") : new BigDecimal("1.4");
            BigDecimal base = p.undertakingWorldwideTurnover() != null ? p.undertakingWorldwideTurnover()
                    : p.figures().annualTurnover();
            BigDecimal byTurnover = base.multiply(pct).divide(new BigDecimal(100));
            max = byTurnover.max(fixed);
            fineBasis = new TreeSet<>();
            fineBasis.add(e ? "NIS2 Art 34(4)" : "NIS2 Art 34(5)");
            if (pa) {
                fineBasis.add("NIS2 Art 34(7)");
            }
        }

        Set<String> management = new TreeSet<>();
        if (inScope && !dora) {
            management.addAll(List.of("ART20_APPROVE_MEASURES", "ART20_OVERSEE_IMPLEMENTATION", "ART20_LIABILITY",
                    "ART20_MANAGEMENT_TRAINING", "ART20_STAFF_TRAINING_ENCOURAGED"));
            if (cls == EntityClass.ESSENTIAL) {
                management.add("ART32_6_PERSONAL_LIABILITY");
                if (!pa) {
                    management.add("ART32_5_MANAGEMENT_BAN_EXPOSURE");
                }
            } else {
                management.add("ART33_5_PERSONAL_LIABILITY");
            }
        }

        Set<String> registration = new TreeSet<>();
        if (inScope || registrar) {
            registration.add("ART3_4_SUBMIT_TO_NATIONAL_LIST");
            if (types.stream().anyMatch(ART27::contains)) {
                registration.add("ART27_ENISA_REGISTRY");
            }
            if (registrar || types.contains(TLD_NAME_REGISTRY)) {
                registration.add("ART28_DOMAIN_REGISTRATION_DATA");
            }
        }
        return new Outcome(cls, size, basis, regime, art32_5, max, fixed, pct, fineBasis, management, registration,
                cir);
    }

    private static Outcome out(SizeClass size, String basis) {
        return new Outcome(EntityClass.NOT_IN_SCOPE, size, new TreeSet<>(List.of(basis)), "NONE", false, null, null,
                null, null, new TreeSet<>(), new TreeSet<>(), false);
    }

    /** The same fields read from the engine's result. */
    static Outcome of(Assessment a) {
        var f = a.fineExposure();
        Set<String> mgmt = new TreeSet<>();
        a.managementObligations().forEach(o -> mgmt.add(o.code()));
        Set<String> reg = new TreeSet<>();
        a.registrationObligations().forEach(o -> reg.add(o.code()));
        boolean art32_5 = a.supervision().authorityPowers().stream().anyMatch(s -> s.contains("Art 32(5)"));
        boolean cir = a.reasoning().stream().anyMatch(s -> s.outcome().contains("CIR 2024/2690")
                || s.legalBasis().contains("CIR 2024/2690 Art 1"));
        return new Outcome(a.entityClass(), a.sizeClass(), new TreeSet<>(a.legalBasis()), a.supervision().regime().name(),
                art32_5, f == null ? null : f.maximum(), f == null ? null : f.fixedAmount(),
                f == null ? null : f.turnoverPercentage(), f == null ? null : new TreeSet<>(f.legalBasis()), mgmt, reg,
                cir);
    }

    /** Field-by-field differences (numbers compared by value), empty when the outcomes agree. */
    static List<String> differences(Outcome engine, Outcome ref) {
        List<String> d = new ArrayList<>();
        cmp(d, "entityClass", engine.entityClass(), ref.entityClass());
        cmp(d, "sizeClass", engine.sizeClass(), ref.sizeClass());
        cmp(d, "legalBasis", engine.legalBasis(), ref.legalBasis());
        cmp(d, "regime", engine.regime(), ref.regime());
        cmp(d, "art32_5", engine.art32_5(), ref.art32_5());
        num(d, "fine.maximum", engine.fineMax(), ref.fineMax());
        num(d, "fine.fixed", engine.fineFixed(), ref.fineFixed());
        num(d, "fine.percentage", engine.finePct(), ref.finePct());
        cmp(d, "fine.legalBasis", engine.fineBasis(), ref.fineBasis());
        cmp(d, "management", engine.management(), ref.management());
        cmp(d, "registration", engine.registration(), ref.registration());
        cmp(d, "cir", engine.cir(), ref.cir());
        return d;
    }

    private static void cmp(List<String> d, String field, Object engine, Object ref) {
        if (!java.util.Objects.equals(engine, ref)) {
            d.add(field + ": engine " + engine + " vs reference " + ref);
        }
    }

    private static void num(List<String> d, String field, BigDecimal engine, BigDecimal ref) {
        if (engine == null ? ref != null : ref == null || engine.compareTo(ref) != 0) {
            d.add(field + ": engine " + engine + " vs reference " + ref);
        }
    }
}
