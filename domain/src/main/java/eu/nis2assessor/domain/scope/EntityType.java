package eu.nis2assessor.domain.scope;

/**
 * The public catalogue of entity types (shared/spec/entity-types.md). Values are a public contract:
 * never renamed or removed once released. Each value carries the annex, the sector, the legal point
 * and how the type reaches scope, so that the classification reads from data, not from switches.
 */
public enum EntityType {
    /** Annex I 1(a): Energy / electricity. */
    ELECTRICITY_SUPPLY_UNDERTAKING(Annex.ANNEX_I, "Energy / electricity", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(a): Energy / electricity. */
    ELECTRICITY_DISTRIBUTION_SYSTEM_OPERATOR(Annex.ANNEX_I, "Energy / electricity", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(a): Energy / electricity. */
    ELECTRICITY_TRANSMISSION_SYSTEM_OPERATOR(Annex.ANNEX_I, "Energy / electricity", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(a): Energy / electricity. */
    ELECTRICITY_PRODUCER(Annex.ANNEX_I, "Energy / electricity", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(a): Energy / electricity. */
    NOMINATED_ELECTRICITY_MARKET_OPERATOR(Annex.ANNEX_I, "Energy / electricity", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(a): Energy / electricity (aggregation, demand response, storage). */
    ELECTRICITY_MARKET_PARTICIPANT(Annex.ANNEX_I, "Energy / electricity (aggregation, demand response, storage)", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(a): Energy / electricity. */
    RECHARGING_POINT_OPERATOR(Annex.ANNEX_I, "Energy / electricity", "Annex I 1(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(b): Energy / district heating and cooling. */
    DISTRICT_HEATING_COOLING_OPERATOR(Annex.ANNEX_I, "Energy / district heating and cooling", "Annex I 1(b)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(c): Energy / oil. */
    OIL_TRANSMISSION_PIPELINE_OPERATOR(Annex.ANNEX_I, "Energy / oil", "Annex I 1(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(c): Energy / oil. */
    OIL_PRODUCTION_REFINING_STORAGE_OPERATOR(Annex.ANNEX_I, "Energy / oil", "Annex I 1(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(c): Energy / oil. */
    OIL_CENTRAL_STOCKHOLDING_ENTITY(Annex.ANNEX_I, "Energy / oil", "Annex I 1(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    GAS_SUPPLY_UNDERTAKING(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    GAS_DISTRIBUTION_SYSTEM_OPERATOR(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    GAS_TRANSMISSION_SYSTEM_OPERATOR(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    GAS_STORAGE_SYSTEM_OPERATOR(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    LNG_SYSTEM_OPERATOR(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    NATURAL_GAS_UNDERTAKING(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(d): Energy / gas. */
    GAS_REFINING_TREATMENT_OPERATOR(Annex.ANNEX_I, "Energy / gas", "Annex I 1(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 1(e): Energy / hydrogen. */
    HYDROGEN_OPERATOR(Annex.ANNEX_I, "Energy / hydrogen", "Annex I 1(e)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(a): Transport / air. */
    AIR_CARRIER(Annex.ANNEX_I, "Transport / air", "Annex I 2(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(a): Transport / air. */
    AIRPORT_MANAGING_BODY(Annex.ANNEX_I, "Transport / air", "Annex I 2(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(a): Transport / air. */
    AIR_TRAFFIC_CONTROL_OPERATOR(Annex.ANNEX_I, "Transport / air", "Annex I 2(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(b): Transport / rail. */
    RAIL_INFRASTRUCTURE_MANAGER(Annex.ANNEX_I, "Transport / rail", "Annex I 2(b)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(b): Transport / rail. */
    RAILWAY_UNDERTAKING(Annex.ANNEX_I, "Transport / rail", "Annex I 2(b)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(c): Transport / water. */
    WATER_TRANSPORT_COMPANY(Annex.ANNEX_I, "Transport / water", "Annex I 2(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(c): Transport / water. */
    PORT_MANAGING_BODY(Annex.ANNEX_I, "Transport / water", "Annex I 2(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(c): Transport / water. */
    VESSEL_TRAFFIC_SERVICE_OPERATOR(Annex.ANNEX_I, "Transport / water", "Annex I 2(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 2(d): Transport / road. */
    ROAD_AUTHORITY(Annex.ANNEX_I, "Transport / road", "Annex I 2(d)", SizeRule.SIZE_CAP, Flag.ANCILLARY_EXCLUDES),
    /** Annex I 2(d): Transport / road. */
    INTELLIGENT_TRANSPORT_SYSTEM_OPERATOR(Annex.ANNEX_I, "Transport / road", "Annex I 2(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 3: Banking. */
    CREDIT_INSTITUTION(Annex.ANNEX_I, "Banking", "Annex I 3", SizeRule.SIZE_CAP, Flag.DORA_FINANCIAL_ENTITY),
    /** Annex I 4: Financial market infrastructures. */
    TRADING_VENUE_OPERATOR(Annex.ANNEX_I, "Financial market infrastructures", "Annex I 4", SizeRule.SIZE_CAP, Flag.DORA_FINANCIAL_ENTITY),
    /** Annex I 4: Financial market infrastructures. */
    CENTRAL_COUNTERPARTY(Annex.ANNEX_I, "Financial market infrastructures", "Annex I 4", SizeRule.SIZE_CAP, Flag.DORA_FINANCIAL_ENTITY),
    /** Annex I 5: Health. */
    HEALTHCARE_PROVIDER(Annex.ANNEX_I, "Health", "Annex I 5", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 5: Health. */
    EU_REFERENCE_LABORATORY(Annex.ANNEX_I, "Health", "Annex I 5", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 5: Health. */
    MEDICINAL_PRODUCT_RESEARCH(Annex.ANNEX_I, "Health", "Annex I 5", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 5: Health (NACE C21). */
    PHARMACEUTICAL_MANUFACTURER(Annex.ANNEX_I, "Health (NACE C21)", "Annex I 5", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 5: Health (public-health-emergency critical devices). */
    CRITICAL_MEDICAL_DEVICE_MANUFACTURER(Annex.ANNEX_I, "Health (public-health-emergency critical devices)", "Annex I 5", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 6: Drinking water. */
    DRINKING_WATER_SUPPLIER(Annex.ANNEX_I, "Drinking water", "Annex I 6", SizeRule.SIZE_CAP, Flag.ANCILLARY_EXCLUDES),
    /** Annex I 7: Waste water. */
    WASTE_WATER_UNDERTAKING(Annex.ANNEX_I, "Waste water", "Annex I 7", SizeRule.SIZE_CAP, Flag.ANCILLARY_EXCLUDES),
    /** Annex I 8: Digital infrastructure. */
    INTERNET_EXCHANGE_POINT_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex I 8: Digital infrastructure. */
    DNS_SERVICE_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.ANY_SIZE, Flag.ENISA_REGISTRY),
    /** Annex I 8: Digital infrastructure. */
    TLD_NAME_REGISTRY(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.ANY_SIZE, Flag.ENISA_REGISTRY),
    /** Annex I 8: Digital infrastructure. */
    CLOUD_COMPUTING_SERVICE_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex I 8: Digital infrastructure. */
    DATA_CENTRE_SERVICE_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex I 8: Digital infrastructure. */
    CONTENT_DELIVERY_NETWORK_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex I 8: Digital infrastructure. */
    TRUST_SERVICE_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.ANY_SIZE, Flag.NONE),
    /** Annex I 8: Digital infrastructure. */
    PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.ANY_SIZE, Flag.NONE),
    /** Annex I 8: Digital infrastructure. */
    PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER(Annex.ANNEX_I, "Digital infrastructure", "Annex I 8", SizeRule.ANY_SIZE, Flag.NONE),
    /** Annex I 9: ICT service management (B2B). */
    MANAGED_SERVICE_PROVIDER(Annex.ANNEX_I, "ICT service management (B2B)", "Annex I 9", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex I 9: ICT service management (B2B). */
    MANAGED_SECURITY_SERVICE_PROVIDER(Annex.ANNEX_I, "ICT service management (B2B)", "Annex I 9", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex I 10: Public administration. */
    CENTRAL_GOVERNMENT_ENTITY(Annex.ANNEX_I, "Public administration", "Annex I 10", SizeRule.ANY_SIZE, Flag.PUBLIC_ADMINISTRATION),
    /** Annex I 10: Public administration. */
    REGIONAL_GOVERNMENT_ENTITY(Annex.ANNEX_I, "Public administration", "Annex I 10", SizeRule.DESIGNATION, Flag.PUBLIC_ADMINISTRATION),
    /** Annex I 11: Space. */
    SPACE_GROUND_INFRASTRUCTURE_OPERATOR(Annex.ANNEX_I, "Space", "Annex I 11", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 1: Postal and courier services. */
    POSTAL_SERVICE_PROVIDER(Annex.ANNEX_II, "Postal and courier services", "Annex II 1", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 2: Waste management. */
    WASTE_MANAGEMENT_UNDERTAKING(Annex.ANNEX_II, "Waste management", "Annex II 2", SizeRule.SIZE_CAP, Flag.ANCILLARY_EXCLUDES),
    /** Annex II 3: Chemicals. */
    CHEMICAL_SUBSTANCE_MANUFACTURER_DISTRIBUTOR(Annex.ANNEX_II, "Chemicals", "Annex II 3", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 3: Chemicals. */
    CHEMICAL_ARTICLE_PRODUCER(Annex.ANNEX_II, "Chemicals", "Annex II 3", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 4: Food (wholesale distribution, industrial production and processing). */
    FOOD_BUSINESS(Annex.ANNEX_II, "Food (wholesale distribution, industrial production and processing)", "Annex II 4", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 5(a): Manufacturing (medical and in vitro diagnostic devices). */
    MEDICAL_DEVICE_MANUFACTURER(Annex.ANNEX_II, "Manufacturing (medical and in vitro diagnostic devices)", "Annex II 5(a)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 5(b): Manufacturing (NACE C26). */
    COMPUTER_ELECTRONIC_OPTICAL_MANUFACTURER(Annex.ANNEX_II, "Manufacturing (NACE C26)", "Annex II 5(b)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 5(c): Manufacturing (NACE C27). */
    ELECTRICAL_EQUIPMENT_MANUFACTURER(Annex.ANNEX_II, "Manufacturing (NACE C27)", "Annex II 5(c)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 5(d): Manufacturing (NACE C28). */
    MACHINERY_MANUFACTURER(Annex.ANNEX_II, "Manufacturing (NACE C28)", "Annex II 5(d)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 5(e): Manufacturing (NACE C29). */
    MOTOR_VEHICLE_MANUFACTURER(Annex.ANNEX_II, "Manufacturing (NACE C29)", "Annex II 5(e)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 5(f): Manufacturing (NACE C30). */
    OTHER_TRANSPORT_EQUIPMENT_MANUFACTURER(Annex.ANNEX_II, "Manufacturing (NACE C30)", "Annex II 5(f)", SizeRule.SIZE_CAP, Flag.NONE),
    /** Annex II 6: Digital providers. */
    ONLINE_MARKETPLACE_PROVIDER(Annex.ANNEX_II, "Digital providers", "Annex II 6", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex II 6: Digital providers. */
    ONLINE_SEARCH_ENGINE_PROVIDER(Annex.ANNEX_II, "Digital providers", "Annex II 6", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex II 6: Digital providers. */
    SOCIAL_NETWORKING_PLATFORM_PROVIDER(Annex.ANNEX_II, "Digital providers", "Annex II 6", SizeRule.SIZE_CAP, Flag.ENISA_REGISTRY),
    /** Annex II 7: Research. */
    RESEARCH_ORGANISATION(Annex.ANNEX_II, "Research", "Annex II 7", SizeRule.SIZE_CAP, Flag.NONE),
    /** Art 2(4): Domain name registration services. */
    DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER(Annex.OUTSIDE_ANNEXES, "Domain name registration services", "Art 2(4)", SizeRule.REGISTRATION_ONLY, Flag.ENISA_REGISTRY),
    /** Art 2(5)(a): Public administration (local). */
    LOCAL_GOVERNMENT_ENTITY(Annex.OUTSIDE_ANNEXES, "Public administration (local)", "Art 2(5)(a)", SizeRule.MEMBER_STATE_EXTENSION, Flag.PUBLIC_ADMINISTRATION),
    /** Art 2(5)(b): Education. */
    EDUCATION_INSTITUTION(Annex.OUTSIDE_ANNEXES, "Education", "Art 2(5)(b)", SizeRule.MEMBER_STATE_EXTENSION, Flag.NONE);

    /** Properties of a type beyond its size rule. */
    enum Flag {
        NONE,
        /** An ancillary (non-essential or non-principal) activity is outside the annex entry. */
        ANCILLARY_EXCLUDES,
        /** A financial entity under DORA (Regulation (EU) 2022/2554 Art 2(1)); DORA is lex specialis (NIS2 Art 4). */
        DORA_FINANCIAL_ENTITY,
        /** Registered in the ENISA registry (NIS2 Art 27). */
        ENISA_REGISTRY,
        /** A public administration entity (NIS2 Art 6(35)). */
        PUBLIC_ADMINISTRATION
    }

    private final Annex annex;
    private final String sector;
    private final String legalPoint;
    private final SizeRule sizeRule;
    private final Flag flag;

    EntityType(Annex annex, String sector, String legalPoint, SizeRule sizeRule, Flag flag) {
        this.annex = annex;
        this.sector = sector;
        this.legalPoint = legalPoint;
        this.sizeRule = sizeRule;
        this.flag = flag;
    }

    public Annex annex() {
        return annex;
    }

    public String sector() {
        return sector;
    }

    /** The point of the Directive that lists the type, e.g. "Annex I 8". */
    public String legalPoint() {
        return legalPoint;
    }

    public SizeRule sizeRule() {
        return sizeRule;
    }

    public boolean inAnnexes() {
        return annex != Annex.OUTSIDE_ANNEXES;
    }

    /** An Annex I/II type reached through the size cap or the Art 2(2)(b)-(e) identifications (not public administration). */
    public boolean annexTypeOtherThanPublicAdministration() {
        return inAnnexes() && flag != Flag.PUBLIC_ADMINISTRATION;
    }

    public boolean ancillaryExcludes() {
        return flag == Flag.ANCILLARY_EXCLUDES;
    }

    public boolean doraFinancialEntity() {
        return flag == Flag.DORA_FINANCIAL_ENTITY;
    }

    public boolean enisaRegistry() {
        return flag == Flag.ENISA_REGISTRY;
    }

    public boolean publicAdministration() {
        return flag == Flag.PUBLIC_ADMINISTRATION;
    }

    /**
     * A "relevant entity" of Commission Implementing Regulation (EU) 2024/2690 (its Art 1, adopted under NIS2 Art 21(5)
     * and 23(11)): the digital providers of the ENISA registry other than registrars, and trust service providers.
     */
    public boolean implementingRegulation2024_2690() {
        return enisaRegistry() && this != DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER || this == TRUST_SERVICE_PROVIDER;
    }

    /** Electronic communications providers: in scope at any size, essential from medium (Art 3(1)(c)). */
    public boolean publicElectronicCommunications() {
        return this == PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER
                || this == PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER;
    }
}
