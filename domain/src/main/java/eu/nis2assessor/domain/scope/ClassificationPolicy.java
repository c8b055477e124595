package eu.nis2assessor.domain.scope;

import static eu.nis2assessor.domain.reasoning.LegalBasis.*;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.size.SizeClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NIS2 Art 2 (scope) and Art 3 (essential and important entities), EU baseline, as the decision
 * procedure of nis2-rules.md §2.2: exclusions first, then every Art 3(1) ground, then the scope
 * grounds that make an entity important, then the registrar and DORA overlays.
 *
 * <p>Classification does not depend on the order of activities or identifications; every ground
 * that holds is part of the legal basis.
 */
public final class ClassificationPolicy {

    static final String RULE_EXCLUSION = "Exclusions";
    static final String RULE_UNION = "Services in the Union";
    static final String RULE_ACTIVITY = "Entity type";
    static final String RULE_IDENTIFICATION = "Member State identification";
    static final String RULE_ESSENTIAL = "Essential entity grounds";
    static final String RULE_SCOPE = "Scope";
    static final String RULE_CLASS = "Classification";
    static final String RULE_REGISTRAR = "Domain name registration services";
    static final String RULE_DORA = "Sector-specific act";
    static final String RULE_IMPLEMENTING_REGULATION = "Implementing regulation";
    /** Art 6(41): a research organisation "does not include educational institutions". */
    private static final ReasoningStep EDUCATION_NOT_RESEARCH = ReasoningStep.of(RULE_ACTIVITY,
            "RESEARCH_ORGANISATION not counted",
            "The entity is an education institution: the definition of a research organisation excludes educational"
                    + " institutions, so its research does not make it an Annex II research organisation (education"
                    + " institutions are in scope only where a Member State extends the Directive to them, Art 2(5)(b)).",
            NIS2_ART_6_41, NIS2_ART_2_5_B);

    private static final ReasoningStep SERVES_UNION = ReasoningStep.of(RULE_UNION, "yes",
            "The entity provides its services or carries out its activities in the Union; its place of establishment"
                    + " does not matter for scope.", NIS2_ART_2_1);
    private static final ReasoningStep NOT_IN_UNION = ReasoningStep.of(RULE_UNION, "no",
            "The entity neither provides services nor carries out activities in the Union: NIS2 does not apply.",
            NIS2_ART_2_1);
    private static final ReasoningStep DORA_EXEMPTED = ReasoningStep.of(RULE_EXCLUSION, "excluded",
            "A Member State exempted the entity from DORA under DORA Art 2(4): NIS2 does not apply to it.",
            NIS2_ART_2_10);
    private static final ReasoningStep NATIONAL_SECURITY = ReasoningStep.of(RULE_EXCLUSION, "excluded",
            "Public administration entity carrying out its activities in national security, public security, defence"
                    + " or law enforcement: NIS2 does not apply to it.", NIS2_ART_2_7);
    private static final ReasoningStep NATIONAL_SECURITY_TSP = ReasoningStep.of(RULE_EXCLUSION,
            "not applicable to trust services",
            "The national-security exclusion does not apply where the entity acts as a trust service provider;"
                    + " only its trust service activities are assessed.", NIS2_ART_2_7, NIS2_ART_2_9);
    private static final ReasoningStep NO_ACTIVITY = ReasoningStep.of(RULE_ACTIVITY, "none",
            "No activity of a type listed in Annex I or II or named by Art 2(2)-(5): outside the Directive whatever"
                    + " the size.", NIS2_ART_2_1);
    private static final Map<EntityType, ReasoningStep> TYPE_STEPS = new EnumMap<>(EntityType.class);
    private static final Map<EntityType, ReasoningStep> ANCILLARY_STEPS = new EnumMap<>(EntityType.class);

    static {
        for (EntityType type : EntityType.values()) {
            TYPE_STEPS.put(type, typeStep(type));
            ANCILLARY_STEPS.put(type, type.ancillaryExcludes()
                    ? ReasoningStep.of(RULE_ACTIVITY, type.name() + ": excluded (ancillary)",
                            "The " + type.legalPoint() + " entry excludes entities for which this activity is a"
                                    + " non-essential part of their general activity or not their principal economic"
                                    + " activity.", NIS2_ART_2_1)
                    : ReasoningStep.of(RULE_ACTIVITY, type.name() + " (" + type.legalPoint() + "), ancillary",
                            "NIS2 has no general principal-activity test: an ancillary activity of this type still"
                                    + " counts; only four annex entries exclude non-essential or non-principal"
                                    + " activities.", NIS2_ART_2_1));
        }
    }

    private static ReasoningStep typeStep(EntityType type) {
        String how = switch (type.sizeRule()) {
            case SIZE_CAP -> "in scope when medium-sized or large (size-cap rule)";
            case ANY_SIZE -> "in scope regardless of size";
            case DESIGNATION -> "in scope only after a positive risk-based assessment by the Member State";
            case REGISTRATION_ONLY -> "within the Directive for registration and domain registration data duties only";
            case MEMBER_STATE_EXTENSION -> "in scope only where a Member State extends the Directive to it";
        };
        String basis = switch (type.sizeRule()) {
            case SIZE_CAP -> NIS2_ART_2_1;
            case ANY_SIZE -> type.publicAdministration() ? NIS2_ART_2_2_F_I
                    : type == EntityType.TRUST_SERVICE_PROVIDER ? NIS2_ART_2_2_A_II
                    : type.publicElectronicCommunications() ? NIS2_ART_2_2_A_I : NIS2_ART_2_2_A_III;
            case DESIGNATION -> NIS2_ART_2_2_F_II;
            case REGISTRATION_ONLY -> NIS2_ART_2_4;
            case MEMBER_STATE_EXTENSION -> type == EntityType.LOCAL_GOVERNMENT_ENTITY ? NIS2_ART_2_5_A : NIS2_ART_2_5_B;
        };
        return ReasoningStep.of(RULE_ACTIVITY, type.name() + " (" + type.legalPoint() + ")",
                type.sector() + ": " + how + ".", basis);
    }

    /**
     * @param activities             the entity's activities
     * @param sizeClass              the size class after aggregation and the two-period rule
     * @param identifications        Member State identifications
     * @param exclusions             exclusion grounds that apply
     * @param providesServicesInUnion whether the entity serves the Union
     */
    public Classification classify(List<Activity> activities, SizeClass sizeClass,
                                   List<Identification> identifications, Set<Exclusion> exclusions,
                                   boolean providesServicesInUnion) {
        if (activities.size() == 1 && identifications.isEmpty() && exclusions.isEmpty() && providesServicesInUnion) {
            // The common case depends on the activity and the size class alone: each answer is worked out once.
            Activity activity = activities.get(0);
            int slot = ((activity.type().ordinal() * 2 + (activity.qualified() ? 1 : 0)) * 2
                    + (activity.ancillary() ? 1 : 0)) * SIZE_CLASSES + sizeClass.ordinal();
            Classification known = singleActivity[slot];
            if (known == null) {
                known = classifyAll(activities, sizeClass, identifications, exclusions, true);
                // immutable (final fields, immutable lists): safe to publish without a lock; at worst built twice
                singleActivity[slot] = known;
            }
            return known;
        }
        return classifyAll(activities, sizeClass, identifications, exclusions, providesServicesInUnion);
    }

    private static final int SIZE_CLASSES = SizeClass.values().length;
    /** Answers for one activity, no identifications, no exclusions, services in the Union: by activity and size. */
    private final Classification[] singleActivity = new Classification[EntityType.values().length * 4 * SIZE_CLASSES];

    private Classification classifyAll(List<Activity> activities, SizeClass sizeClass,
                                       List<Identification> identifications, Set<Exclusion> exclusions,
                                       boolean providesServicesInUnion) {
        List<ReasoningStep> steps = new ArrayList<>(8);
        List<String> assumptions = new ArrayList<>(2);
        // A public administration entity by its activity, or by the Art 2(7) exclusion, which is stated only of public
        // administration entities (one that acts as a trust service provider stays in scope, and is still one).
        boolean publicAdministration = exclusions.contains(Exclusion.NATIONAL_SECURITY_PUBLIC_ADMINISTRATION);
        for (Activity a : activities) {
            publicAdministration |= a.type().publicAdministration();
        }

        // Step 0: exclusions (Art 2(7), (9), (10)) and services in the Union (Art 2(1)).
        boolean trustServicesOnly = false;
        if (exclusions.contains(Exclusion.NATIONAL_SECURITY_PUBLIC_ADMINISTRATION)) {
            boolean actsAsTsp = false;
            for (Activity a : activities) {
                actsAsTsp |= a.type() == EntityType.TRUST_SERVICE_PROVIDER;
            }
            if (!actsAsTsp) {
                steps.add(NATIONAL_SECURITY);
                return out(List.of(NIS2_ART_2_7), EnumSet.noneOf(EntityType.class), false, publicAdministration, steps,
                        assumptions);
            }
            steps.add(NATIONAL_SECURITY_TSP);
            trustServicesOnly = true;
        }
        // after Art 2(7), as in nis2-rules §2.2 step 0 (both exclusions given: Art 2(7) is cited)
        if (exclusions.contains(Exclusion.DORA_EXEMPTED)) {
            steps.add(DORA_EXEMPTED);
            return out(List.of(NIS2_ART_2_10), EnumSet.noneOf(EntityType.class), false, publicAdministration, steps,
                    assumptions);
        }
        if (!providesServicesInUnion) {
            steps.add(NOT_IN_UNION);
            return out(List.of(NIS2_ART_2_1), EnumSet.noneOf(EntityType.class), false, publicAdministration, steps,
                    assumptions);
        }
        steps.add(SERVES_UNION);

        // The types that count.
        EnumSet<EntityType> types = EnumSet.noneOf(EntityType.class);
        boolean qualifiedTsp = false;
        boolean anyAnnexType = false;
        boolean annexIBySize = false;
        boolean annexBySize = false;
        boolean doraType = false;
        boolean educationInstitution = false;
        for (Activity a : activities) {
            educationInstitution |= a.type() == EntityType.EDUCATION_INSTITUTION && !a.ancillary();
        }
        for (Activity a : activities) {
            EntityType type = a.type();
            if (trustServicesOnly && type != EntityType.TRUST_SERVICE_PROVIDER) {
                continue;
            }
            if (type == EntityType.RESEARCH_ORGANISATION && educationInstitution) {
                if (!steps.contains(EDUCATION_NOT_RESEARCH)) {
                    steps.add(EDUCATION_NOT_RESEARCH);
                }
                continue;
            }
            if (a.ancillary()) {
                steps.add(ANCILLARY_STEPS.get(type));
                if (type.ancillaryExcludes()) {
                    continue;
                }
            } else if (!types.contains(type)) {
                steps.add(TYPE_STEPS.get(type));
            }
            types.add(type);
            if (type == EntityType.TRUST_SERVICE_PROVIDER && a.qualified()) {
                qualifiedTsp = true;
            }
            anyAnnexType |= type.inAnnexes();
            annexBySize |= type.annexTypeOtherThanPublicAdministration();
            annexIBySize |= type.annexTypeOtherThanPublicAdministration() && type.annex() == Annex.ANNEX_I;
            doraType |= type.doraFinancialEntity();
        }
        boolean identifiedByMemberState = !identifications.isEmpty();
        if (types.isEmpty() && !identifiedByMemberState) {
            steps.add(NO_ACTIVITY);
        }

        // Step 1: the Art 3(1) grounds. Step 2: the scope grounds that make an entity important (Art 3(2)).
        List<String> essential = new ArrayList<>(2);
        List<String> scope = new ArrayList<>(2);
        for (Identification id : identifications) {
            IdentificationGround ground = id.ground();
            switch (ground) {
                case CER_CRITICAL_ENTITY -> {
                    addOnce(essential, NIS2_ART_3_1_F);
                    steps.add(ReasoningStep.of(RULE_IDENTIFICATION, "CER critical entity: essential",
                            "Identified as a critical entity under Directive (EU) 2022/2557: in scope regardless of"
                                    + " size and essential, whatever class is stated.", NIS2_ART_2_3, NIS2_ART_3_1_F));
                }
                case NIS1_OPERATOR_OF_ESSENTIAL_SERVICES -> {
                    addOnce(essential, NIS2_ART_3_1_G);
                    steps.add(ReasoningStep.of(RULE_IDENTIFICATION, "former operator of essential services: essential",
                            "Identified before 16 January 2023 as an operator of essential services, and the Member"
                                    + " State provides that such entities are essential.", NIS2_ART_3_1_G));
                }
                case REGIONAL_RISK_ASSESSMENT -> {
                    if (types.contains(EntityType.REGIONAL_GOVERNMENT_ENTITY)) {
                        addOnce(scope, NIS2_ART_2_2_F_II);
                        steps.add(ReasoningStep.of(RULE_IDENTIFICATION, "positive regional risk assessment: important",
                                "A positive risk-based assessment brings the regional public administration entity"
                                        + " into scope; it is important unless another Art 3(1) ground applies"
                                        + (id.entityClass() == EntityClass.ESSENTIAL
                                        ? " (the stated class ESSENTIAL is not a ground of its own)" : "") + ".",
                                NIS2_ART_2_2_F_II, NIS2_ART_3_2));
                    } else {
                        steps.add(ReasoningStep.of(RULE_IDENTIFICATION, "not applicable",
                                "A regional risk assessment concerns regional public administration entities only;"
                                        + " the entity has no REGIONAL_GOVERNMENT_ENTITY activity.", NIS2_ART_2_2_F_II));
                    }
                }
                default -> { // Art 2(2)(b)-(e)
                    if (!anyAnnexType) {
                        steps.add(ReasoningStep.of(RULE_IDENTIFICATION, "not applicable",
                                "An identification under Art 2(2)(b)-(e) applies only to entities of a type listed in"
                                        + " Annex I or II; the entity has none.", ground.legalBasis()));
                    } else if (id.entityClass() == EntityClass.ESSENTIAL) {
                        addOnce(essential, NIS2_ART_3_1_E);
                        steps.add(ReasoningStep.of(RULE_IDENTIFICATION, "identified as essential",
                                "The Member State identified the entity as essential: in scope regardless of size.",
                                ground.legalBasis(), NIS2_ART_3_1_E));
                    } else {
                        addOnce(scope, ground.legalBasis());
                        steps.add(identifiedImportant(ground, id.entityClass() == null));
                    }
                }
            }
        }
        if (qualifiedTsp || types.contains(EntityType.TLD_NAME_REGISTRY) || types.contains(EntityType.DNS_SERVICE_PROVIDER)) {
            essential.add(NIS2_ART_3_1_B);
        }
        if (types.contains(EntityType.CENTRAL_GOVERNMENT_ENTITY)) {
            essential.add(NIS2_ART_3_1_D);
        }
        if (annexIBySize && sizeClass == SizeClass.LARGE) {
            essential.add(NIS2_ART_3_1_A);
        }
        boolean telecom = types.contains(EntityType.PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER)
                || types.contains(EntityType.PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER);
        if (telecom && sizeClass == SizeClass.MEDIUM) {
            essential.add(NIS2_ART_3_1_C);
        }
        if (annexBySize && sizeClass.atLeastMedium()) {
            scope.add(NIS2_ART_2_1);
        }
        if (telecom) {
            scope.add(NIS2_ART_2_2_A_I);
        }
        if (types.contains(EntityType.TRUST_SERVICE_PROVIDER)) {
            scope.add(NIS2_ART_2_2_A_II);
        }
        if (types.contains(EntityType.REGIONAL_GOVERNMENT_ENTITY) && !scope.contains(NIS2_ART_2_2_F_II)
                && essential.isEmpty()) {
            steps.add(ReasoningStep.of(RULE_SCOPE, "regional public administration without a positive assessment",
                    "A regional public administration entity is in scope only after a positive risk-based assessment"
                            + " by the Member State; its headcount or budget does not bring it in.", NIS2_ART_2_2_F_II));
        }
        if (types.contains(EntityType.LOCAL_GOVERNMENT_ENTITY) || types.contains(EntityType.EDUCATION_INSTITUTION)) {
            assumptions.add("Local public administration entities and education institutions are in scope only where"
                    + " national law extends the Directive to them (NIS2 Art 2(5)); the EU baseline does not.");
        }
        if (publicAdministration) {
            assumptions.add(annexBySize
                    ? "Public administration entities are not sized (Rec 2003/361 measures enterprises): the entity's"
                    + " figures count only for its activities other than public administration."
                    : "Public administration entities are not sized (Rec 2003/361 measures enterprises): their"
                    + " staff and budget figures do not enter the classification.");
        }

        boolean registrar = types.contains(EntityType.DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER);
        // A canonical order, so that the result does not depend on the order of the input.
        if (essential.size() > 1) {
            essential.sort(null);
        }
        if (scope.size() > 1) {
            scope.sort(null);
        }
        EntityClass entityClass;
        List<String> basis = new ArrayList<>(4);
        if (!essential.isEmpty()) {
            entityClass = EntityClass.ESSENTIAL;
            basis.addAll(essential);
            steps.addAll(VERDICTS.computeIfAbsent(new Verdict(EntityClass.ESSENTIAL, List.copyOf(essential), sizeClass,
                    false, false), ClassificationPolicy::verdictSteps));
        } else if (!scope.isEmpty()) {
            entityClass = EntityClass.IMPORTANT;
            basis.addAll(scope);
            basis.add(NIS2_ART_3_2);
            steps.addAll(VERDICTS.computeIfAbsent(new Verdict(EntityClass.IMPORTANT, List.copyOf(scope), sizeClass,
                    annexIBySize, telecom), ClassificationPolicy::verdictSteps));
        } else {
            entityClass = EntityClass.NOT_IN_SCOPE;
            if (annexBySize) {
                basis.add(NIS2_ART_2_1);
                steps.add(ReasoningStep.of(RULE_SCOPE, "not in scope", "The entity is " + sizeClass
                        + ": below the medium-sized threshold of the size-cap rule, and no size-independent ground or"
                        + " identification applies.", NIS2_ART_2_1));
            }
            if (registrar) {
                // within the Directive for the registration duties only, whatever else it does
                basis.add(NIS2_ART_2_4);
            } else if (!annexBySize) {
                basis.add(NIS2_ART_2_1);
                if (!types.isEmpty()) {
                    steps.add(ReasoningStep.of(RULE_SCOPE, "not in scope",
                            "None of the entity's types brings it into scope without a further ground.", NIS2_ART_2_1));
                }
            }
            steps.add(ReasoningStep.of(RULE_CLASS, "NOT_IN_SCOPE",
                    "The entity is neither an essential nor an important entity.", basis.toArray(String[]::new)));
        }
        if (registrar) {
            basis.add(entityClass == EntityClass.NOT_IN_SCOPE ? NIS2_ART_3_3 : NIS2_ART_2_4);
            steps.add(ReasoningStep.of(RULE_REGISTRAR, entityClass == EntityClass.NOT_IN_SCOPE
                            ? "registration duties only" : "registration duties in addition",
                    "Providers of domain name registration services are within the Directive regardless of size for"
                            + " the Art 3(3) list, the ENISA registry and the domain registration data duties; this ground"
                            + " alone makes an entity neither essential nor important.",
                    NIS2_ART_2_4, NIS2_ART_3_3, NIS2_ART_27, NIS2_ART_28));
        }
        boolean dora = false;
        if (entityClass != EntityClass.NOT_IN_SCOPE) {
            dora = doraType;
            if (dora) {
                basis.add(NIS2_ART_4_1);
                basis.add(DORA_ART_1_2);
                steps.add(ReasoningStep.of(RULE_DORA, "DORA is lex specialis",
                        "The entity is a financial entity under DORA, which is the sector-specific act for NIS2 Art 4:"
                                + " it keeps its " + entityClass + " label, but DORA's ICT risk management, incident"
                                + " reporting, supervision and penalties apply instead of NIS2 Art 20, 21, 23 and"
                                + " Chapter VII.", NIS2_ART_4_1, DORA_ART_1_2));
            }
        }
        if (entityClass != EntityClass.NOT_IN_SCOPE && !dora) {
            ReasoningStep implementingRegulation = implementingRegulationStep(types);
            if (implementingRegulation != null) {
                steps.add(implementingRegulation);
            }
        }
        return new Classification(entityClass, basis, types, registrar, dora, publicAdministration, steps, assumptions);
    }

    /**
     * Step 5's overlay for the digital providers: Implementing Regulation (EU) 2024/2690 sets the technical and
     * methodological requirements of their Art 21(2) measures and when their incidents are significant. It changes
     * obligations, not the class; where DORA displaces Art 21 and 23, it has nothing to apply to.
     */
    private static ReasoningStep implementingRegulationStep(Set<EntityType> types) {
        StringBuilder names = new StringBuilder();
        for (EntityType type : types) {
            if (type.implementingRegulation2024_2690()) {
                names.append(names.isEmpty() ? "" : ", ").append(type);
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        return CIR_STEPS.computeIfAbsent(names.toString(), n -> ReasoningStep.of(RULE_IMPLEMENTING_REGULATION,
                "CIR 2024/2690 applies",
                "As " + n + ", the entity is a relevant entity of Commission Implementing Regulation (EU) 2024/2690:"
                        + " its Art 21(2) risk-management measures must meet the technical and methodological"
                        + " requirements of the Regulation's Annex, and whether an incident is significant under"
                        + " Art 23(3) is judged by the Regulation's criteria. The Regulation applies directly, without"
                        + " national transposition; it changes these obligations, not the class.",
                CIR_ART_1, NIS2_ART_21_5, NIS2_ART_23_11));
    }

    private static final java.util.concurrent.ConcurrentMap<String, ReasoningStep> CIR_STEPS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The verdict steps depend on the grounds and the size class only: computed once per combination. */
    private record Verdict(EntityClass entityClass, List<String> grounds, SizeClass sizeClass, boolean annexIBySize,
                           boolean telecom) {
    }

    private static final java.util.concurrent.ConcurrentMap<Verdict, List<ReasoningStep>> VERDICTS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<IdentificationGround, ReasoningStep[]> IDENTIFIED_IMPORTANT =
            new EnumMap<>(IdentificationGround.class);

    static {
        for (IdentificationGround ground : IdentificationGround.values()) {
            ReasoningStep[] pair = new ReasoningStep[2];
            for (int unstated = 0; unstated < 2; unstated++) {
                pair[unstated] = ReasoningStep.of(RULE_IDENTIFICATION, "identified: important",
                        "The Member State identified the entity " + (unstated == 1
                                ? "without stating a class" : "as important")
                                + ": in scope regardless of size and important, since only an identification as"
                                + " essential makes it essential.", ground.legalBasis(), NIS2_ART_3_2);
            }
            IDENTIFIED_IMPORTANT.put(ground, pair);
        }
    }

    private static ReasoningStep identifiedImportant(IdentificationGround ground, boolean unstated) {
        return IDENTIFIED_IMPORTANT.get(ground)[unstated ? 1 : 0];
    }

    private static List<ReasoningStep> verdictSteps(Verdict v) {
        String[] grounds = v.grounds().toArray(String[]::new);
        if (v.entityClass() == EntityClass.ESSENTIAL) {
            return List.of(
                    ReasoningStep.of(RULE_ESSENTIAL, String.join(", ", v.grounds()),
                            essentialExplanation(v.grounds(), v.sizeClass()), grounds),
                    ReasoningStep.of(RULE_CLASS, "ESSENTIAL",
                            "At least one ground of Art 3(1) holds: the entity is an essential entity.", grounds));
        }
        List<String> scopeAndClass = new ArrayList<>(v.grounds());
        scopeAndClass.add(NIS2_ART_3_2);
        return List.of(
                ReasoningStep.of(RULE_ESSENTIAL, "none", noEssentialExplanation(v.sizeClass(), v.annexIBySize(),
                        v.telecom()), NIS2_ART_3_1_A, NIS2_ART_3_1_C),
                ReasoningStep.of(RULE_SCOPE, "in scope", scopeExplanation(v.grounds(), v.sizeClass()), grounds),
                ReasoningStep.of(RULE_CLASS, "IMPORTANT",
                        "In scope but no Art 3(1) ground holds: the entity is an important entity.",
                        scopeAndClass.toArray(String[]::new)));
    }

    private static Classification out(List<String> basis, Set<EntityType> types, boolean registrar,
                                      boolean publicAdministration, List<ReasoningStep> steps, List<String> assumptions) {
        steps.add(ReasoningStep.of(RULE_CLASS, "NOT_IN_SCOPE", "The entity is neither an essential nor an important entity.",
                basis.toArray(String[]::new)));
        return new Classification(EntityClass.NOT_IN_SCOPE, basis, types, registrar, false, publicAdministration, steps,
                assumptions);
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static String essentialExplanation(List<String> grounds, SizeClass sizeClass) {
        StringBuilder text = new StringBuilder(160);
        for (String g : grounds) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(switch (g) {
                case NIS2_ART_3_1_A -> "Annex I type and large (exceeds the medium-sized ceilings).";
                case NIS2_ART_3_1_B -> "Qualified trust service provider, TLD name registry or DNS service provider:"
                        + " essential regardless of size.";
                case NIS2_ART_3_1_C -> "Provider of public electronic communications networks or services that is"
                        + " medium-sized.";
                case NIS2_ART_3_1_D -> "Public administration entity of central government.";
                case NIS2_ART_3_1_E -> "Identified by the Member State as essential.";
                case NIS2_ART_3_1_F -> "Critical entity under the CER Directive.";
                case NIS2_ART_3_1_G -> "Former operator of essential services kept as essential by the Member State.";
                default -> g;
            });
        }
        return text.toString();
    }

    private static String noEssentialExplanation(SizeClass sizeClass, boolean annexIBySize, boolean telecom) {
        if (annexIBySize && sizeClass == SizeClass.MEDIUM) {
            return "An Annex I entity is essential by size only when large; this one is MEDIUM, so Art 3(1)(a) does not"
                    + " apply, and no size-independent ground or identification as essential holds.";
        }
        if (telecom) {
            return "A provider of public electronic communications is essential only from medium size; this one is "
                    + sizeClass + ".";
        }
        return "No Art 3(1) ground holds: an entity is essential by size only with an Annex I type when large (Annex II"
                + " types never), and no size-independent ground of Art 3(1) or identification as essential applies.";
    }

    private static String scopeExplanation(List<String> scope, SizeClass sizeClass) {
        StringBuilder text = new StringBuilder(160);
        for (String g : scope) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(switch (g) {
                case NIS2_ART_2_1 -> "Annex I or II type and " + sizeClass + " (size-cap rule).";
                case NIS2_ART_2_2_A_I -> "Provider of public electronic communications: in scope regardless of size.";
                case NIS2_ART_2_2_A_II -> "Trust service provider: in scope regardless of size.";
                case NIS2_ART_2_2_F_II -> "Regional public administration entity after a positive risk assessment.";
                default -> "Identified by the Member State (" + g + ").";
            });
        }
        return text.toString();
    }
}
