/*
 * Generated from openapi.json by `npm run web-client` (openapi-typescript). Do not edit: change the route's
 * zod schema, then run `npm run openapi`, which writes openapi.json and this file.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: is the service up, and which database and schema version is it on (read at most every 5 s) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                            /** @description The newest applied migration */
                            migration: string | null;
                            pendingMigrations: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers, without touching the database */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who runs this service and how long it keeps pupil records: what the privacy notice, contact and accessibility pages show */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Where to write about the service, privacy or accessibility (OA_CONTACT_EMAIL); null when not set */
                            contactEmail: string | null;
                            /** @description Years a pupil’s careers records are kept after they leave (OA_RETENTION_YEARS) */
                            retentionYears: number;
                            /** @description Counts below this are hidden in figures for anyone without pupil-level access */
                            suppressionThreshold: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with the CSRF token for state-changing requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
        put?: never;
        /** Sign in with email and password (sets an HTTP-only session cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Sign out (ends the session) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The twelve Opportunity Areas with their districts, research school, board chair and 2020/21 share */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OpportunityAreaSummary"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One Opportunity Area: districts with their education authority and region, board, research school, funds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The area’s identifier, e.g. blackpool */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpportunityAreaDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record an Opportunity Area’s partnership board chair (area leads for their own areas) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chair: string;
                        /** @description When the chair was named */
                        chairNamedOn: string;
                        sourceNote: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funds and their pots, with what each fund’s pots account for to the penny */
        get: {
            parameters: {
                query?: {
                    /** @description Only the funds allocated to this Opportunity Area */
                    opportunityArea?: string;
                    /** @description Only this fund, with its pots */
                    id?: string;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    /** @description Which page, from 1 */
                    page?: number;
                    /** @description Funds per page of the JSON list, each with every pot below it (the download has every fund) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            page: number;
                            pageSize: number;
                            /** @description Funds in all pages, not counting their pots */
                            total: number;
                            /** @description The page’s funds, each followed by its pots */
                            items: components["schemas"]["Fund"][];
                            /** @description What the pots of each fund on this page add up to */
                            checks: components["schemas"]["AllocationCheck"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}/360giving": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fund’s allocations as grants in the 360Giving data standard (JSON package, or CSV/XLSX in its spreadsheet layout) */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    /** @description When the award was decided; defaults to the published announcement date where known */
                    awardDate?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Giving360Package"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}/allocations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allocate a fund or pot by formula, to the penny, without saving: the preview before confirming */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        formula: "equal" | "proportional" | "base-plus";
                        /** @description What the measure is called in the working, e.g. pupils */
                        measureName?: string;
                        /** @description base-plus: the fixed base each recipient gets */
                        basePence?: number;
                        floorPence?: number | null;
                        ceilingPence?: number | null;
                        /** @description Who shares the pot and their measures; default the twelve Opportunity Areas (equal only) */
                        recipients?: {
                            id: string;
                            measure?: (number | string) | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllocationRun"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What spend against a fund is tracked against: its latest confirmed run, or its allocation pots */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "saved" | "pots" | "none";
                            runId: number | null;
                            rows: {
                                recipient: string;
                                amountPence: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Allocate a fund or pot by formula and save the run (audited); spend is then tracked against it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        formula: "equal" | "proportional" | "base-plus";
                        /** @description What the measure is called in the working, e.g. pupils */
                        measureName?: string;
                        /** @description base-plus: the fixed base each recipient gets */
                        basePence?: number;
                        floorPence?: number | null;
                        ceilingPence?: number | null;
                        /** @description Who shares the pot and their measures; default the twelve Opportunity Areas (equal only) */
                        recipients?: {
                            id: string;
                            measure?: (number | string) | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AllocationRun"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spend lines (commitments and payments) against a fund */
        get: {
            parameters: {
                query?: {
                    /** @description Only this Opportunity Area’s spend (area leads must give their own) */
                    opportunityArea?: string;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    page?: number;
                    /** @description Lines per page of the JSON list (the download has every line) */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SpendLine"][];
                            page: number;
                            pageSize: number;
                            /** @description Lines in all pages */
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a commitment or payment against a fund; above the approval threshold it waits for a second person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        recipient: string;
                        /** @description commitment or payment */
                        kind: string;
                        /** @description YYYY-MM-DD */
                        spentOn: string;
                        purpose: string;
                        evidenceStrand?: string;
                        /** @description Pounds and pence as typed, e.g. 1,250.50 */
                        amount: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpendLine"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}/spend/{lineId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a spend line above the threshold: only someone other than whoever recorded it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lineId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SpendLine"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/funds/{id}/variance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocation against spend by recipient (and academic year), with overspend and underspend flags */
        get: {
            parameters: {
                query?: {
                    /** @description Only this Opportunity Area’s spend (area leads must give their own) */
                    opportunityArea?: string;
                    /** @description true: one row per recipient and academic year */
                    byPeriod?: "true" | "false";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "saved" | "pots" | "none";
                            rows: components["schemas"]["VarianceRow"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log of every change, newest first, filtered and paged (national programme team only) */
        get: {
            parameters: {
                query?: {
                    /** @description Entries per page, at most 1,000 (the download has the same page) */
                    limit?: number;
                    /** @description Which page of `limit` entries, from 1 */
                    page?: number;
                    /** @description Who: part of the email (or cli / system), any case */
                    actor?: string;
                    /** @description An action such as board.update, or a family ending in a dot such as careers. */
                    action?: string;
                    entityType?: string;
                    entityId?: string;
                    /** @description An Opportunity Area id: entries about the area (its board) or a thing in it (its plan measures) */
                    area?: string;
                    /** @description Entries at or after this date (UTC) */
                    from?: string;
                    /** @description Entries on or before this date (UTC; a date means the whole day) */
                    to?: string;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Values shaped like a pupil number are removed from each summary */
                            items: components["schemas"]["AuditEntry"][];
                            page: number;
                            limit: number;
                            /** @description Entries matching the filters, in all pages */
                            total: number;
                            /** @description Whether a later page has entries */
                            more: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users with their role and scope (national programme team only) */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    page?: number;
                    /** @description Users per page of the JSON list (the download has every user) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            page: number;
                            pageSize: number;
                            /** @description Users in all pages */
                            total: number;
                            items: components["schemas"]["User"][];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a user; the reply carries a one-time password, shown only now (national programme team only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name?: string | null;
                        /** @enum {string} */
                        role: "admin" | "analyst" | "area_lead" | "hub_lead" | "school" | "board_viewer";
                        /**
                         * @description Areas, hubs or schools: area:<id>, hub:<id>, school:<URN>; none for admin and analyst
                         * @default []
                         */
                        scope?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            /** @description Give it to the person by a safe route; it is not stored and cannot be shown again */
                            oneTimePassword: string;
                        };
                    };
                };
                /** @description invalid_request (fields at fault) or unknown_scope (an area, hub or school the service does not hold) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description duplicate_email: a user with that email exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user with their role and scope (national programme team only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user’s name, role or scope, or disable or re-enable them (national programme team only)
         * @description Disabling ends their sessions and revokes their API tokens. The last active national programme team user cannot be disabled or given another role.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string | null;
                        /** @enum {string} */
                        role?: "admin" | "analyst" | "area_lead" | "hub_lead" | "school" | "board_viewer";
                        /** @description Replaces the scope; leave out to keep it */
                        scope?: string[];
                        disabled?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description invalid_request (fields at fault) or unknown_scope */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description last_admin: the change would leave no active national programme team user */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the school register: by name, URN, postcode, district, local authority, phase or Opportunity Area */
        get: {
            parameters: {
                query?: {
                    /** @description Words in the school’s name */
                    q?: string;
                    urn?: number;
                    /** @description A full postcode or its start, e.g. FY1 */
                    postcode?: string;
                    district?: string;
                    la?: string;
                    phase?: string;
                    opportunityArea?: string;
                    status?: "open" | "closed" | "other";
                    page?: number;
                    pageSize?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SchoolSummary"][];
                            page: number;
                            pageSize: number;
                            total: number;
                            leftOut: components["schemas"]["LeftOut"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One school’s profile: register details, census, KS2, KS4, destinations, places, history and sources */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    /** @description With format=csv: which of the profile’s tables */
                    table?: "census" | "ks2" | "ks4" | "destinations";
                };
                header?: never;
                path: {
                    urn: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How every open state-funded school is placed in a district: counts by rule, and the schools no rule places
         * @description Rules, first that applies: gias (the district a GIAS extract gives), coordinates (its location in the boundaries), single-tier-la (its authority is one district), postcode-sector (imputed from the placed schools of its postcode sector). With format=csv or xlsx: every open state-funded school with its district, rule, confidence, basis and note. See docs/methodology.md §6.8.
         */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SchoolPlacementReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/toolkit/strands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EEF Teaching and Learning Toolkit strands, filtered and sorted like the Toolkit */
        get: {
            parameters: {
                query?: {
                    /** @description impact, cost and evidence sort best first */
                    sort?: "name" | "impact" | "cost" | "evidence";
                    maxCost?: number;
                    minEvidence?: number;
                    tag?: string;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ToolkitStrand"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/toolkit/effect-size": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Convert an effect size to months of progress, or months to an effect size range (EEF bands) */
        get: {
            parameters: {
                query?: {
                    effectSize?: number;
                    months?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            effectSize: {
                                min: number | null;
                                max: number | null;
                            } | null;
                            months: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Areas of one kind (districts, education authorities, regions), with their parent */
        get: {
            parameters: {
                query?: {
                    kind?: "country" | "region" | "education_la" | "district";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                /** @enum {string} */
                                kind: "country" | "region" | "education_la" | "district";
                                parentCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One area: where it sits, what it contains, its Opportunity Area, school count and indicators */
        get: {
            parameters: {
                query?: {
                    /** @description json, or csv for the area’s indicators */
                    format?: "json" | "csv" | "xlsx";
                    /** @description Each indicator’s newest period only (the default for json: an authority holds ten years of hundreds of LA time series), or every period (the default for csv) */
                    periods?: "latest" | "all";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AreaDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators held for areas, with the periods each has */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Indicator"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator for every area of a kind in one period (the newest when none is given): what the map shades */
        get: {
            parameters: {
                query?: {
                    period?: string;
                    kind?: "country" | "region" | "education_la" | "district";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            indicator: components["schemas"]["Indicator"];
                            period: string | null;
                            values: {
                                areaCode: string;
                                areaName: string;
                                areaKind: string;
                                value: number | null;
                                evidence: components["schemas"]["FigureEvidence"] | null;
                            }[];
                            source: {
                                file: string;
                                loadedAt: string;
                            } | null;
                            leftOut: components["schemas"]["LeftOut"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/boundaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Boundaries of every area of a kind (WGS84), simplified for a map unless asked for in full
         * @description detail: england (default) for a map of all England, about 1 km to a pixel; district for one district with its neighbours on a small map; full as imported. Simplified boundaries keep shared borders identical on both sides (methodology: Simplified boundaries). format: geojson (default), topojson (each shared border sent once, quantised; its object boundaries holds one geometry per area), or topojson-projected (the same, already projected for a map of England: x east and y down in SVG units, 600 across, bbox giving the drawing’s width and height).
         */
        get: {
            parameters: {
                query?: {
                    kind?: "country" | "region" | "education_la" | "district";
                    detail?: "england" | "district" | "full";
                    format?: "geojson" | "topojson" | "topojson-projected";
                    /** @description only this area and those a small map of it can show, as GeoJSON (format is then ignored) */
                    around?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GeoJSON FeatureCollection, or TopoJSON Topology with object boundaries: each feature has id and properties.code = GSS code, properties.name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme’s effect on a measure for treated authorities against comparison areas: did, sc and sdid with placebo standard errors (docs/methodology.md §16) */
        get: {
            parameters: {
                query: {
                    /** @description An indicator code (lait_ks2rwm_expected_std) or a LAIT measure code (KS2RWM_Expected_STD) */
                    measure: string;
                    /** @description The treated areas: GSS codes of upper-tier authorities or Opportunity Area ids (blackpool), separated by commas */
                    area: string;
                    /** @description The first period under the programme, as the measure labels it */
                    from: string;
                    method?: "sdid" | "sc" | "did" | "all";
                    /** @description all (every other upper-tier authority), neighbours or neighbours:K (the saved statistical neighbours, the first K of each list) or region */
                    comparison?: string;
                    /** @description Keep other Opportunity Areas’ authorities among the comparison areas */
                    includeOpportunityAreas?: "true" | "false";
                    /** @description Placebo replications for the standard error */
                    placebo?: number;
                    seed?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            estimates: components["schemas"]["ImpactEstimate"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/impact/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One measure’s estimate for every Opportunity Area: each is worked out in turn on the estimating thread and kept until the next import; ask again until complete is true */
        get: {
            parameters: {
                query: {
                    /** @description An indicator code (lait_ks2rwm_expected_std) or a LAIT measure code (KS2RWM_Expected_STD) */
                    measure: string;
                    /** @description The first period under the programme, as the measure labels it */
                    from?: string;
                    method?: "sdid" | "sc" | "did";
                    comparison?: string;
                    placebo?: number;
                    seed?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NationalImpact"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/impact/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One measure for an authority beside its statistical neighbours’ average, its region and England, every period, with the programme’s start marked (docs/methodology.md §16.10) */
        get: {
            parameters: {
                query: {
                    /** @description An upper-tier authority’s GSS code, or an Opportunity Area id standing for its authority */
                    area: string;
                    /** @description An indicator code (lait_ks2rwm_expected_std) or a LAIT measure code (KS2RWM_Expected_STD) */
                    measure: string;
                    /** @description How many of the area’s saved statistical neighbours to average (the first K of its list) */
                    neighbours?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImpactTrend"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rank every district with an index recipe: stage scores, rank, band, cold and hot spots, rank intervals */
        get: {
            parameters: {
                query?: {
                    /** @description A shipped recipe, a saved recipe (its latest version) or NAME@VERSION */
                    recipe?: string;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recipe: {
                                name: string;
                                description: string;
                                stages: {
                                    id: string;
                                    name: string;
                                    indicators: string[];
                                }[];
                            };
                            areas: components["schemas"]["IndexedArea"][];
                            excluded: {
                                areaCode: string;
                                areaName: string;
                                reason: string;
                            }[];
                            coldSpotCount: number;
                            leftOut: components["schemas"]["LeftOut"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why a district sits where it does in an index: each indicator’s contribution to its score */
        get: {
            parameters: {
                query?: {
                    /** @description A shipped recipe, a saved recipe (its latest version) or NAME@VERSION */
                    recipe?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description E.g. "Hastings is a cold spot mainly because of X and Y." */
                            summary: string;
                            rank: number;
                            of: number;
                            score: number;
                            contributions: {
                                indicatorCode: string;
                                indicatorName: string;
                                contribution: number;
                            }[];
                            /** @description The recipe’s indicators the district has no figure of, and why (e.g. "2 schools, 14% of pupils: not enough for a district figure …"); the recipe’s missing-value rule decides what the index does without them */
                            missing: {
                                indicatorCode: string;
                                indicatorName: string;
                                period: string | null;
                                reason: string;
                            }[];
                            /**
                             * @description stage_mean: a missing indicator is left out and the others in its stage count for more (docs/methodology.md §10.3)
                             * @enum {string}
                             */
                            missingRule: "stage_mean" | "exclude";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/recipes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Index recipes: those shipped with the platform and those saved here */
        get: {
            parameters: {
                query?: {
                    /** @description At most this many saved recipes, the most recently saved first (the shipped ones are always listed) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The shipped recipes, then the saved ones, most recently saved first */
                            items: {
                                name: string;
                                /** @enum {string} */
                                source: "shipped" | "saved";
                                /** @description Saved recipes only: the newest version */
                                latestVersion: number | null;
                                savedAt: string | null;
                                savedBy: string | null;
                                note: string;
                            }[];
                            /** @description Recipes were saved earlier than those the list holds */
                            more: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a recipe as the next version of the recipe its name names (national team and analysts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Recipe JSON (docs/methodology.md §10.1); checked field by field, every problem reported */
                        recipe: unknown;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Identical to the latest version: nothing saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            version: number;
                            /** @enum {boolean} */
                            created: false;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            version: number;
                            /** @enum {boolean} */
                            created: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/recipes/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recipe’s JSON (a saved recipe’s latest version, or the version asked for) and its saved versions */
        get: {
            parameters: {
                query?: {
                    /** @description A saved version; the latest when absent */
                    version?: number;
                    /** @description List at most this many saved versions, newest first */
                    versions?: number;
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            /** @enum {string} */
                            source: "shipped" | "saved";
                            version: number | null;
                            /** @description The recipe JSON as written (docs/methodology.md §10.1) */
                            recipe: unknown;
                            /** @description Saved versions, newest first */
                            versions: {
                                version: number;
                                savedAt: string;
                                savedBy: string;
                                note: string;
                            }[];
                            /** @description Older versions are saved than `versions` lists */
                            moreVersions: boolean;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rank every district with a recipe that is not saved: the live preview behind the recipe editor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Recipe JSON (docs/methodology.md §10.1); checked field by field, every problem reported */
                        recipe: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recipe: {
                                name: string;
                                description: string;
                                stages: {
                                    id: string;
                                    name: string;
                                    indicators: string[];
                                }[];
                            };
                            areas: components["schemas"]["IndexedArea"][];
                            excluded: {
                                areaCode: string;
                                areaName: string;
                                reason: string;
                            }[];
                            coldSpotCount: number;
                            leftOut: components["schemas"]["LeftOut"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/selections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Saved area selections, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description At most this many, newest first */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                savedAt: string;
                                savedBy: string;
                                inputs: {
                                    a: {
                                        recipe: string;
                                        /** @enum {string} */
                                        band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                                    };
                                    b: {
                                        recipe: string;
                                        /** @enum {string} */
                                        band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                                    };
                                    /** @default 12 */
                                    shortlist: number;
                                    /** @default 1 */
                                    minPerRegion: number;
                                    /** @default 0.5 */
                                    maxTypeShare: number;
                                };
                            }[];
                            /** @description Older selections are saved than the list holds */
                            more: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Run the area-selection workflow: worst bands of two indexes, then a shortlist with regional spread and a mix of area types; saved when a name is given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        a: {
                            recipe: string;
                            /** @enum {string} */
                            band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                        };
                        b: {
                            recipe: string;
                            /** @enum {string} */
                            band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                        };
                        /** @default 12 */
                        shortlist?: number;
                        /** @default 1 */
                        minPerRegion?: number;
                        /** @default 0.5 */
                        maxTypeShare?: number;
                        /** @description Save under this name (never replaces a saved selection) */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            saved: boolean;
                            inputs: {
                                a: {
                                    recipe: string;
                                    /** @enum {string} */
                                    band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                                };
                                b: {
                                    recipe: string;
                                    /** @enum {string} */
                                    band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                                };
                                /** @default 12 */
                                shortlist: number;
                                /** @default 1 */
                                minPerRegion: number;
                                /** @default 0.5 */
                                maxTypeShare: number;
                            };
                            decisions: {
                                areaCode: string;
                                areaName: string;
                                region: string;
                                areaType: string;
                                need: number;
                                rankA: number;
                                rankB: number;
                                picked: boolean;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/index/selections/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved area selection: what was asked (recipes pinned to versions) and every decision with its reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            inputs: {
                                a: {
                                    recipe: string;
                                    /** @enum {string} */
                                    band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                                };
                                b: {
                                    recipe: string;
                                    /** @enum {string} */
                                    band: "bottom-fifth" | "bottom-sixth" | "bottom-quarter" | "bottom-third" | "bottom-half";
                                };
                                /** @default 12 */
                                shortlist: number;
                                /** @default 1 */
                                minPerRegion: number;
                                /** @default 0.5 */
                                maxTypeShare: number;
                            };
                            decisions: {
                                areaCode: string;
                                areaName: string;
                                region: string;
                                areaType: string;
                                need: number;
                                rankA: number;
                                rankB: number;
                                picked: boolean;
                                reason: string;
                            }[];
                            savedAt: string;
                            savedBy: string;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/twins/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An area’s statistical neighbours by a shipped recipe’s indicators (outcomes, or context alone), with why each is similar */
        get: {
            parameters: {
                query?: {
                    /** @description districts, or upper-tier (education) authorities with district figures rolled up */
                    tier?: "district" | "upper";
                    /** @description The recipe whose indicators and weights set the distance: proxy-district-2019 (outcomes and deprivation, the default) or context-upper-tier-2019 (context only, like the DfE children’s services statistical neighbours; docs/methodology.md §11.12) */
                    recipe?: string;
                    k?: number;
                    /** @description true or false (default false) */
                    excludeOpportunityAreas?: "true" | "false";
                    /** @description true or false (default false) */
                    sameRegion?: "true" | "false";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                code: string;
                                name: string;
                            };
                            /** @enum {string} */
                            tier: "district" | "upper";
                            recipe: string;
                            /** @description Each indicator’s period: the data vintage */
                            periods: {
                                [key: string]: string;
                            };
                            indicators: {
                                code: string;
                                name: string;
                                weight: number;
                            }[];
                            /** @description Upper limits of the bands: tertiles of every listed distance */
                            bands: {
                                veryClose: number;
                                close: number;
                            };
                            neighbours: components["schemas"]["TwinNeighbour"][];
                            leftOut: components["schemas"]["LeftOut"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{urn}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s most similar schools of the same phase (pupils, FSM share, SEN share), with their results and the school’s quartile among them */
        get: {
            parameters: {
                query?: {
                    count?: number;
                    /** @description true or false (default false) */
                    sameRegion?: "true" | "false";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    urn: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            school: {
                                urn: number;
                                name: string;
                                phase: string;
                                la_code: string | null;
                                region_code: string | null;
                                pupils: number | null;
                                pct_fsm: number | null;
                                pct_sen: number | null;
                                ks2_pct_rwm_expected: number | null;
                                ks4_attainment8: number | null;
                                ks4_progress8: number | null;
                            };
                            censusPeriod: string;
                            weights: {
                                [key: string]: number;
                            };
                            similar: components["schemas"]["SimilarSchool"][];
                            position: {
                                ks2_pct_rwm_expected: {
                                    rank: number;
                                    of: number;
                                    /** @description 1 = top quarter */
                                    quartile: number;
                                } | null;
                                ks4_attainment8: {
                                    rank: number;
                                    of: number;
                                    /** @description 1 = top quarter */
                                    quartile: number;
                                } | null;
                                ks4_progress8: {
                                    rank: number;
                                    of: number;
                                    /** @description 1 = top quarter */
                                    quartile: number;
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An Opportunity Area’s delivery plan: priorities, objectives and measures with status and trend, and its board */
        get: {
            parameters: {
                query?: {
                    /** @description At most this many board meetings, newest first */
                    meetings?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                id: string;
                                name: string;
                            };
                            priorities: {
                                title: string;
                                theme: string;
                                objectives: {
                                    title: string;
                                    measures: components["schemas"]["PlanMeasure"][];
                                }[];
                            }[];
                            board: {
                                chair: string | null;
                                /** @description By sector then name, at most 200 */
                                members: {
                                    name: string;
                                    organisation: string;
                                    sector: string;
                                }[];
                                /** @description The board has more than 200 members recorded */
                                moreMembers: boolean;
                                /** @description The newest meetings, newest first */
                                meetings: {
                                    heldOn: string;
                                    papers: string[];
                                    decisions: {
                                        decision: string;
                                        owner: string;
                                        dueOn: string;
                                        doneOn: string | null;
                                    }[];
                                }[];
                                /** @description Older meetings are recorded than `meetings` holds */
                                moreMeetings: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/plan/measures/{code}/actuals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record (or correct) a measure’s actual for a period (area leads for their own areas) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                        value: number;
                        source: string;
                        recordedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            measure: components["schemas"]["PlanMeasure"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/plan/measures/{code}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a measure’s status by hand, with a reason, or clear it (status null) to go back to the rule */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: string | null;
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                            measure: components["schemas"]["PlanMeasure"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/board/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a member to an Opportunity Area’s partnership board */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        organisation: string;
                        sector: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            added: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/board/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a partnership board meeting with its papers and decisions log */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heldOn: string;
                        /** @default [] */
                        papers?: string[];
                        /** @default [] */
                        decisions?: {
                            decision: string;
                            owner: string;
                            dueOn: string;
                            /** @default null */
                            doneOn?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            added: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/board-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board report for an area: printable HTML (default), PDF, or the measures as XLSX or CSV */
        get: {
            parameters: {
                query?: {
                    format?: "html" | "pdf" | "xlsx" | "csv";
                    /** @description The recipe the “against its statistical neighbours” table finds neighbours by: outcomes and deprivation (default) or context only (docs/methodology.md §11.12) */
                    twins?: "proxy-district-2019" | "context-upper-tier-2019";
                    /** @description The measure the impact line is about: an indicator code or a LAIT measure code (docs/methodology.md §16) */
                    impactMeasure?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report as HTML, PDF, XLSX or CSV, as format asks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every area’s measures side by side, grouped by priority theme (national team and analysts) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx";
                    /** @description Which page, from 1 */
                    page?: number;
                    /** @description Measures per page of the JSON view, by theme then area (the download has every measure) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            page: number;
                            pageSize: number;
                            /** @description Measures in all pages */
                            total: number;
                            /** @description The page’s measures grouped by theme; a theme can run on from one page to the next */
                            themes: {
                                theme: string;
                                measures: {
                                    code: string;
                                    name: string;
                                    definition: string;
                                    unit: string;
                                    /** @enum {string} */
                                    polarity: "higher_is_better" | "lower_is_better";
                                    baseline: {
                                        period: string;
                                        value: number;
                                    };
                                    targets: {
                                        period: string;
                                        value: number;
                                    }[];
                                    actuals: {
                                        period: string;
                                        value: number;
                                        source: string;
                                        recordedOn: string;
                                        linked: boolean;
                                    }[];
                                    /** @description The indicator the actuals are read from, when linked */
                                    link: {
                                        indicatorCode: string;
                                        areaCode: string;
                                    } | null;
                                    /**
                                     * @description By the rule in methodology §13, unless set by hand with a reason
                                     * @enum {string}
                                     */
                                    status: "on_track" | "at_risk" | "off_track" | "no_data";
                                    /** @enum {string} */
                                    ruleStatus: "on_track" | "at_risk" | "off_track" | "no_data";
                                    override: {
                                        /** @enum {string} */
                                        status: "on_track" | "at_risk" | "off_track" | "no_data";
                                        reason: string;
                                    } | null;
                                    latest: {
                                        period: string;
                                        value: number;
                                    } | null;
                                    target: {
                                        period: string;
                                        value: number;
                                    } | null;
                                    progress: number | null;
                                    elapsed: number | null;
                                    explanation: string;
                                    trend: {
                                        period: string;
                                        value: number;
                                        change: number | null;
                                        direction: ("better" | "worse" | "same") | null;
                                    }[];
                                    areaId: string;
                                    areaName: string;
                                    priority: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every Opportunity Area’s delivery plan at a glance: measures on track, at risk, off track and with no data, and the last board meeting (national team and analysts) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Every Opportunity Area, by name */
                            items: {
                                areaId: string;
                                areaName: string;
                                /** @description Measures in the area’s plan; 0 when no plan is loaded */
                                measures: number;
                                /** @description Measures by the status shown (a status set by hand counts as set) */
                                counts: {
                                    on_track: number;
                                    at_risk: number;
                                    off_track: number;
                                    no_data: number;
                                };
                                /** @description ISO date of the latest board meeting recorded */
                                lastBoardMeeting: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/what-worked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The what-worked library across every area; q finds entries containing every word */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    area?: string;
                    /** @description At most this many entries, newest first */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                areaId: string;
                                areaName: string;
                                what: string;
                                where: string;
                                forWhom: string;
                                costPence: number | null;
                                evidenceStrand: string;
                                result: string;
                                contact: string;
                                createdAt: string;
                            }[];
                            /** @description More entries match than the list holds: narrow the search */
                            more: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/what-worked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entry to the what-worked library for an area (area leads for their own areas) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        what: string;
                        where: string;
                        forWhom: string;
                        /** @default null */
                        costPence?: number | null;
                        evidenceStrand: string;
                        result: string;
                        contact: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Research Schools as hubs: where each is placed (its host school in the register, or where the programme placed it), or why it is not */
        get: {
            parameters: {
                query?: {
                    /** @description Only this Research School */
                    id?: string;
                    /** @description Which page, from 1 */
                    page?: number;
                    /** @description Research Schools per page, by name */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            page: number;
                            pageSize: number;
                            /** @description Research Schools in all pages */
                            total: number;
                            items: {
                                id: string;
                                name: string;
                                opportunityAreaId: string | null;
                                opportunityAreaName: string | null;
                                placed: boolean;
                                /** @description How the hub was placed: at its host school, where the programme placed it, or approximately */
                                placedBy: string | null;
                                /** @description Whether the hub is placed approximately (its host’s postcode sector, or the middle of its area) */
                                approximate: boolean;
                                hostUrn: number | null;
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hub’s schools (optimal assignment within capacity), reach, engagement funnel and high-need schools not yet reached */
        get: {
            parameters: {
                query?: {
                    /** @description Schools each hub can serve; when omitted 200, never fewer than the hub’s own Opportunity Area’s schools */
                    capacity?: number;
                    /** @description A hub serves its own Opportunity Area’s schools and those within this distance of where it works */
                    withinKm?: number;
                    /** @description Which page of the schools served */
                    page?: number;
                    /** @description Which page of the high-need schools not yet reached */
                    notReachedPage?: number;
                    /** @description Rows a page, at most 100 */
                    pageSize?: number;
                    /** @description A need score at or above this is high-need */
                    highNeed?: number;
                    /** @description Which table a csv or xlsx download holds */
                    table?: "schools" | "not-reached" | "events";
                    /** @description At most this many events, newest first (the events download has every one) */
                    events?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hub: {
                                id: string;
                                name: string;
                                hostName: string;
                                hostUrn: number | null;
                                opportunityAreaId: string | null;
                                placed: boolean;
                                placedBy: string | null;
                                /** @description Whether the hub is placed approximately (its host’s postcode sector, or the middle of its area) */
                                approximate: boolean;
                                reason: string | null;
                            };
                            /** @description Schools this hub can serve */
                            capacity: number;
                            /** @description Open schools in the hub’s own Opportunity Area, which it serves whatever the distance */
                            ownAreaSchools: number;
                            /** @description How far beyond its own area the hub reaches */
                            withinKm: number;
                            highNeedScore: number;
                            reach: {
                                schools: number;
                                highNeed: number;
                                highNeedWithin: number;
                                shareHighNeedWithin: number | null;
                            } | null;
                            funnel: {
                                key: string;
                                schools: number;
                                stages: {
                                    /** @enum {string} */
                                    level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                    at: number;
                                    atLeast: number;
                                }[];
                            };
                            districts: {
                                key: string;
                                schools: number;
                                stages: {
                                    /** @enum {string} */
                                    level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                    at: number;
                                    atLeast: number;
                                }[];
                            }[];
                            /** @description Schools the assignment and its figures could not count, and why */
                            leftOut: {
                                noLocation: components["schemas"]["LeftOut"];
                                noDistrict: components["schemas"]["LeftOut"];
                                districts: components["schemas"]["LeftOut"];
                            };
                            pageSize: number;
                            /** @description The schools the hub serves, highest need first: one page */
                            schools: {
                                page: number;
                                total: number;
                                items: components["schemas"]["HubSchool"][];
                            };
                            /** @description High-need schools the hub serves with no contact yet, highest need first, then nearest first: one page */
                            notReached: {
                                page: number;
                                total: number;
                                items: components["schemas"]["HubSchool"][];
                            };
                            /** @description The newest events, newest first */
                            events: {
                                id: string;
                                hubId: string;
                                programmeId: string | null;
                                /** @enum {string} */
                                kind: "briefing" | "training" | "follow_up";
                                title: string;
                                heldOn: string;
                                schools: number;
                                people: number;
                            }[];
                            /** @description Events the hub has held in all */
                            eventsTotal: number;
                            /** @description The hub has run more than the 200 programmes listed (those that start latest) */
                            moreProgrammes: boolean;
                            programmes: {
                                id: string;
                                title: string;
                                strands: string[];
                                guidanceReportId: string | null;
                                guidanceReportTitle: string | null;
                                /** @enum {string} */
                                format: "face_to_face" | "online" | "blended";
                                startsOn: string;
                                endsOn: string | null;
                                /** @description How many of the hub’s events belong to this programme */
                                events: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of a hub’s events with who came, by school and role */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                    eventId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            hubId: string;
                            programmeId: string | null;
                            /** @enum {string} */
                            kind: "briefing" | "training" | "follow_up";
                            title: string;
                            heldOn: string;
                            hubName: string;
                            attendance: {
                                urn: number;
                                schoolName: string | null;
                                /** @enum {string} */
                                role: "leader" | "teacher" | "teaching_assistant";
                                people: number;
                                /** @enum {string} */
                                level: "none" | "aware" | "trained" | "implementing" | "embedded";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record who came to an event from a school (hub leads for their own hub); the school’s engagement level is recomputed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    eventId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        urn: string;
                        /** @enum {string} */
                        role: "leader" | "teacher" | "teaching_assistant";
                        people: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            urn: number;
                            /** @enum {string} */
                            level: "none" | "aware" | "trained" | "implementing" | "embedded";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schools/{urn}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s engagement with the Research School network over time, and its evidence plans */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    urn: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            urn: number;
                            /** @enum {string} */
                            level: "none" | "aware" | "trained" | "implementing" | "embedded";
                            since: string | null;
                            changes: {
                                date: string;
                                /** @enum {string} */
                                from: "none" | "aware" | "trained" | "implementing" | "embedded";
                                /** @enum {string} */
                                to: "none" | "aware" | "trained" | "implementing" | "embedded";
                                because: string;
                            }[];
                            plans: {
                                strands: string[];
                                targetPupils: number;
                                costPerPupilPence: number;
                                expectedMonths: number;
                                startsOn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/schools/{urn}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a school’s engagement level by hand from a date, with the reason (the hub’s lead, for a school linked to the hub) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    urn: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        level: "none" | "aware" | "trained" | "implementing" | "embedded";
                        reason: string;
                        /** @description From when the level holds */
                        effectiveOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            urn: number;
                            /** @enum {string} */
                            level: "none" | "aware" | "trained" | "implementing" | "embedded";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/schools/{urn}/evidence-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a school’s evidence plan: Toolkit strands, pupils targeted, cost per pupil in pence, months of progress expected */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    urn: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        strands: string[];
                        targetPupils: number;
                        costPerPupilPence: number;
                        expectedMonths: number;
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            urn: number;
                            /** @enum {string} */
                            level: "none" | "aware" | "trained" | "implementing" | "embedded";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/network/outside-reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Schools outside any hub’s reach (not in a hub’s own Opportunity Area, farther than the distance from every hub), highest need first */
        get: {
            parameters: {
                query?: {
                    /** @description A hub serves its own Opportunity Area’s schools and those within this distance of where it works */
                    withinKm?: number;
                    /** @description A need score at or above this is high-need */
                    highNeed?: number;
                    /** @description Only the high-need schools */
                    highNeedOnly?: "true" | "false";
                    page?: number;
                    /** @description Rows a page, at most 100 */
                    pageSize?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            withinKm: number;
                            /** @description Located open schools */
                            located: number;
                            counts: {
                                assigned: number;
                                /** @description In reach of hubs that are all full */
                                hubFull: number;
                                outsideReach: number;
                                noLocation: number;
                            };
                            highNeedOutsideReach: number;
                            page: number;
                            pageSize: number;
                            /** @description Rows in the whole list */
                            total: number;
                            items: {
                                urn: number;
                                name: string;
                                districtCode: string | null;
                                needScore: number | null;
                                highNeed: boolean;
                                nearestHubId: string | null;
                                nearestKm: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/strand-investment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which Toolkit strands an Opportunity Area’s schools are investing in, from their evidence plans */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                strand: string;
                                schools: number;
                                plans: number;
                                targetPupils: number;
                                costPence: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guidance-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** EEF Guidance Reports with the Toolkit strands each draws on, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Only reports drawing on this strand */
                    strand?: string;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                year: number;
                                strands: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a training programme to a hub (its lead) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        strands: string[];
                        /** @default null */
                        guidanceReportId?: string | null;
                        /** @enum {string} */
                        format: "face_to_face" | "online" | "blended";
                        startsOn: string;
                        /** @default null */
                        endsOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an event (briefing, training or follow-up) to a hub, optionally within one of its programmes (its lead) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        /** @enum {string} */
                        kind: "briefing" | "training" | "follow_up";
                        heldOn: string;
                        /** @default null */
                        programmeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/opportunity-areas/{id}/engagement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engagement funnel of an Opportunity Area’s schools, overall, by district and by local authority */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            funnel: {
                                key: string;
                                schools: number;
                                stages: {
                                    /** @enum {string} */
                                    level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                    at: number;
                                    atLeast: number;
                                }[];
                            };
                            districts: {
                                key: string;
                                schools: number;
                                stages: {
                                    /** @enum {string} */
                                    level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                    at: number;
                                    atLeast: number;
                                }[];
                            }[];
                            localAuthorities: {
                                key: string;
                                schools: number;
                                stages: {
                                    /** @enum {string} */
                                    level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                    at: number;
                                    atLeast: number;
                                }[];
                            }[];
                            leftOut: components["schemas"]["LeftOut"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hubs/{id}/placement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Place a Research School its host cannot place (an alliance or trust, or a host without a location): at a school, a postcode or coordinates */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At this school’s location in the register */
                        urn?: number;
                        /** @description At this postcode’s centroid, from the imported postcode file */
                        postcode?: string;
                        /** @description Latitude (WGS84), with lon */
                        lat?: number;
                        /** @description Longitude (WGS84), with lat */
                        lon?: number;
                        /** @description Why the hub is placed here, such as where its training is held (required, up to 500 characters) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            lat: number;
                            lon: number;
                            basis: string;
                            reason: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a hub’s placement, so it is placed at its host school again (or not at all) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the hub is placed here, such as where its training is held (required, up to 500 characters) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intermediaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local authorities or trusts with their schools, high-need schools, engagement funnel and high-need schools not yet reached */
        get: {
            parameters: {
                query?: {
                    /** @description local-authority (education authority, by GSS code) or trust (GIAS group id) */
                    kind?: "local-authority" | "trust";
                    /** @description A need score at or above this is high-need */
                    highNeed?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    /** @description Which page, from 1 */
                    page?: number;
                    /** @description Local authorities or trusts per page of the JSON list (the download has every one) */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            page: number;
                            pageSize: number;
                            /** @description Local authorities or trusts in all pages (those you may read) */
                            total: number;
                            /**
                             * @description local-authority (education authority, by GSS code) or trust (GIAS group id)
                             * @enum {string}
                             */
                            kind: "local-authority" | "trust";
                            highNeedScore: number;
                            /** @description Whether any open school has an intermediary of this kind (trusts come from a GIAS edubasealldata import) */
                            membershipLoaded: boolean;
                            /** @description True when only the local authorities and trusts working in your areas are listed */
                            limitedToScope: boolean;
                            /** @description Open schools with no intermediary of this kind */
                            schoolsWithout: number;
                            items: {
                                code: string;
                                name: string | null;
                                schools: number;
                                highNeed: number;
                                highNeedNotReached: number;
                                funnel: {
                                    key: string;
                                    schools: number;
                                    stages: {
                                        /** @enum {string} */
                                        level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                        at: number;
                                        atLeast: number;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intermediaries/{kind}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One local authority’s or trust’s schools with their engagement level and need, high-need schools not yet reached first */
        get: {
            parameters: {
                query?: {
                    /** @description A need score at or above this is high-need */
                    highNeed?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    /** @description local-authority (education authority, by GSS code) or trust (GIAS group id) */
                    kind: "local-authority" | "trust";
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description local-authority (education authority, by GSS code) or trust (GIAS group id)
                             * @enum {string}
                             */
                            kind: "local-authority" | "trust";
                            highNeedScore: number;
                            intermediary: {
                                code: string;
                                name: string | null;
                                schools: number;
                                highNeed: number;
                                highNeedNotReached: number;
                                funnel: {
                                    key: string;
                                    schools: number;
                                    stages: {
                                        /** @enum {string} */
                                        level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                        at: number;
                                        atLeast: number;
                                    }[];
                                };
                            };
                            schools: {
                                urn: number;
                                name: string;
                                phase: string;
                                districtCode: string | null;
                                needScore: number | null;
                                highNeed: boolean;
                                /** @enum {string} */
                                level: "none" | "aware" | "trained" | "implementing" | "embedded";
                                notReached: boolean;
                                address: {
                                    street: string | null;
                                    town: string | null;
                                    postcode: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/careers/schools/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s careers coverage by year group, FSM against others, with the gaps */
        get: {
            parameters: {
                query?: {
                    /** @description Encounters needed (default 4) */
                    target?: number;
                    /** @description Also require one in every secondary year so far (Gatsby Benchmark 5) */
                    eachYear?: "true" | "false";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    urn: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rule: {
                                target: number;
                                eachYear: boolean;
                            };
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            rows: components["schemas"]["CoverageRow"][];
                            total: components["schemas"]["CoverageRow"];
                            /** @description Rows whose FSM pupils reach the target less often than the others */
                            gaps: string[];
                            school: {
                                urn: number;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/careers/schools/{urn}/encounters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one encounter for one pupil (the GOV.UK form for small schools); the UPN is pseudonymised at once and never stored */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    urn: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The pupil’s UPN: a check letter and 12 digits */
                        upn: string;
                        /** @description 7 to 13, or Y9 */
                        yearGroup: string;
                        fsm: boolean;
                        /** @description YYYY-MM-DD */
                        encounterDate: string;
                        encounterType: string;
                        employerName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description False when this school had already recorded the same encounter for the pupil */
                            recorded: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/careers/schools/{urn}/held-pupils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pupils this school has recorded who are on another school’s roll, each waiting for a transfer (national team and area leads) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    urn: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            school: {
                                urn: number;
                                name: string;
                            };
                            items: {
                                /** @description The held record, for the transfer */
                                id: number;
                                yearGroup: number;
                                /** @description Encounters this school has recorded for the pupil in their secondary years so far */
                                encounters: number;
                                /** @description The school whose roll the pupil is on; null when it is outside your areas, or its record is gone */
                                heldAt: {
                                    urn: number;
                                    name: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/careers/schools/{urn}/held-pupils/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a pupil to this school from the school whose roll they are on, merging the two records (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    urn: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            transferred: true;
                            /** @description The school the pupil was on the roll of; null when that record was already gone */
                            from: number | null;
                            /** @description Encounters this school had recorded that were new to the pupil’s record */
                            mergedEncounters: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/careers/areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Careers coverage by school across an Opportunity Area, disclosure-controlled for readers without pupil-level rights */
        get: {
            parameters: {
                query?: {
                    /** @description Encounters needed (default 4) */
                    target?: number;
                    /** @description Also require one in every secondary year so far (Gatsby Benchmark 5) */
                    eachYear?: "true" | "false";
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rule: {
                                target: number;
                                eachYear: boolean;
                            };
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            rows: components["schemas"]["CoverageRow"][];
                            total: components["schemas"]["CoverageRow"];
                            /** @description Rows whose FSM pupils reach the target less often than the others */
                            gaps: string[];
                            area: {
                                id: string;
                            };
                            /** @description Schools of the area’s education authorities with pupils on roll but no district: they may be the area’s, and are not counted */
                            leftOut: {
                                /** @description How many schools the view could not count */
                                schools: number;
                                /** @description The sentence the view shows, e.g. "3 schools of Somerset have no district and are not counted here."; null when none */
                                note: string | null;
                                /** @description Those schools, by URN */
                                unplaced: {
                                    urn: number;
                                    name: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/careers/areas/{id}/advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enterprise Adviser coverage of every state-funded secondary school and college in an Opportunity Area, the gaps, those left out for want of a district, and employer load */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                    /** @description Which table to download */
                    table?: "schools" | "employers";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                id: string;
                            };
                            schools: {
                                urn: number;
                                name: string;
                                phase: string;
                                districtCode: string | null;
                                advisers: string[];
                            }[];
                            covered: number;
                            gaps: {
                                urn: number;
                                name: string;
                            }[];
                            /** @description Secondary schools and colleges of the area’s education authorities with no district: they may be the area’s, and are not counted */
                            leftOut: {
                                /** @description How many schools the view could not count */
                                schools: number;
                                /** @description The sentence the view shows, e.g. "3 schools of Somerset have no district and are not counted here."; null when none */
                                note: string | null;
                                /** @description The open secondary schools and colleges of the area’s education authorities that have no district, with why */
                                unplaced: {
                                    urn: number;
                                    name: string;
                                    phase: string;
                                    reason: string | null;
                                }[];
                            };
                            employers: {
                                employerId: number;
                                name: string;
                                cornerstone: boolean;
                                sector: string | null;
                                schools: number;
                                encounters: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catch-up/schools/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s tutoring in one academic year, by year group, route or subject, with hours by route over time and its targets */
        get: {
            parameters: {
                query?: {
                    /** @description Group the table by */
                    by?: "year_group" | "route" | "subject";
                    /** @description The academic year by its first calendar year (2022 is 2022/23); default the latest held */
                    academicYear?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    urn: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            academicYear: number | null;
                            /** @description Every academic year with tutoring held here */
                            years: number[];
                            /** @enum {string} */
                            by: "school" | "district" | "area" | "la" | "route" | "subject" | "year_group";
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            rows: components["schemas"]["TutoringRow"][];
                            total: components["schemas"]["TutoringRow"];
                            /** @description Hours by route in each academic year, for the chart */
                            hoursByRoute: {
                                academicYear: number;
                                route: string;
                                hours: components["schemas"]["Cell"];
                            }[];
                            targets: {
                                /** @enum {string} */
                                measure: "disadvantaged-tutees-pct" | "hours-per-course";
                                target: number;
                                actual: components["schemas"]["Cell"];
                                /** @enum {string} */
                                status: "met" | "not met" | "no data";
                            }[];
                            school: {
                                urn: number;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catch-up/schools/{urn}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a school’s tutoring file (the MIS sessions export, or with census the School Census shape) on its page: all or nothing, every row this school’s */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    urn: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The file’s name, for the audit log and the reply */
                        fileName: string;
                        /** @description The file’s text, CSV UTF-8 with a header row */
                        text: string;
                        /**
                         * @description True for the School Census shape (tutored Y/N, cumulative hours)
                         * @default false
                         */
                        census?: boolean;
                        /** @description Sessions: the year every session must fall in, if given. Census: the year of the return; default the current one */
                        academicYear?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            imported: true;
                            file: string;
                            counts: {
                                rows: number;
                                inserted: number;
                                updated: number;
                                unchanged: number;
                                /** @description Census: pupils of an earlier return no longer in it */
                                deleted: number;
                                pupilsAdded: number;
                            };
                            /** @description Rows of academic years past the retention period, skipped */
                            pastRetention: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "file_refused";
                                message: string;
                            };
                            file: string;
                            /** @description The first problems found, in file order */
                            problems: {
                                /** @description The line in the file as a spreadsheet shows it (the header is row 1); null for the file as a whole */
                                row: number | null;
                                column: string | null;
                                reason: string;
                            }[];
                            /** @description Problems found beyond those listed */
                            more: number;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catch-up/areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An Opportunity Area’s tutoring in one academic year, by school, district, route, subject or year group, with hours by route over time and its targets */
        get: {
            parameters: {
                query?: {
                    /** @description Group the table by */
                    by?: "school" | "district" | "route" | "subject" | "year_group";
                    /** @description The academic year by its first calendar year (2022 is 2022/23); default the latest held */
                    academicYear?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            academicYear: number | null;
                            /** @description Every academic year with tutoring held here */
                            years: number[];
                            /** @enum {string} */
                            by: "school" | "district" | "area" | "la" | "route" | "subject" | "year_group";
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            rows: components["schemas"]["TutoringRow"][];
                            total: components["schemas"]["TutoringRow"];
                            /** @description Hours by route in each academic year, for the chart */
                            hoursByRoute: {
                                academicYear: number;
                                route: string;
                                hours: components["schemas"]["Cell"];
                            }[];
                            targets: {
                                /** @enum {string} */
                                measure: "disadvantaged-tutees-pct" | "hours-per-course";
                                target: number;
                                actual: components["schemas"]["Cell"];
                                /** @enum {string} */
                                status: "met" | "not met" | "no data";
                            }[];
                            area: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catch-up/national": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tutoring in every school in one academic year, by school, district, area, local authority, route, subject or year group (the national team) */
        get: {
            parameters: {
                query?: {
                    /** @description Group the table by */
                    by?: "school" | "district" | "area" | "la" | "route" | "subject" | "year_group";
                    /** @description The academic year by its first calendar year (2022 is 2022/23); default the latest held */
                    academicYear?: number;
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            academicYear: number | null;
                            /** @description Every academic year with tutoring held here */
                            years: number[];
                            /** @enum {string} */
                            by: "school" | "district" | "area" | "la" | "route" | "subject" | "year_group";
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            rows: components["schemas"]["TutoringRow"][];
                            total: components["schemas"]["TutoringRow"];
                            /** @description Hours by route in each academic year, for the chart */
                            hoursByRoute: {
                                academicYear: number;
                                route: string;
                                hours: components["schemas"]["Cell"];
                            }[];
                            targets: {
                                /** @enum {string} */
                                measure: "disadvantaged-tutees-pct" | "hours-per-course";
                                target: number;
                                actual: components["schemas"]["Cell"];
                                /** @enum {string} */
                                status: "met" | "not met" | "no data";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday/areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holiday clubs in an Opportunity Area: places offered against taken, pupils attending, FSM share, days per pupil; disclosure-controlled without pupil-level rights */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: {
                                id: string;
                            };
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            rows: components["schemas"]["HolidayClubRow"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday/areas/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an Opportunity Area’s holiday clubs file or attendance file on its holiday page: all or nothing, every club in the area */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description clubs: club_id, club_name, provider, dates, days and places; attendance: upn, urn, fsm, club_id, date, attended
                         * @enum {string}
                         */
                        kind: "clubs" | "attendance";
                        /** @description The file’s name, for the audit log and the reply */
                        fileName: string;
                        /** @description The file’s text, CSV UTF-8 with a header row */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            imported: true;
                            file: string;
                            /** @enum {string} */
                            kind: "clubs" | "attendance";
                            counts: {
                                /** @description Clubs, or pupil-days */
                                rows: number;
                                inserted: number;
                                updated: number;
                                unchanged: number;
                                /** @description Attendance: pupils new to the service (0 for clubs) */
                                pupilsAdded: number;
                            };
                            /** @description Attendance: pupil-days of academic years past the retention period, skipped */
                            pastRetention: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "file_refused";
                                message: string;
                            };
                            file: string;
                            /** @description The first problems found, in file order */
                            problems: {
                                /** @description The line in the file as a spreadsheet shows it (the header is row 1); null for the file as a whole */
                                row: number | null;
                                column: string | null;
                                reason: string;
                            }[];
                            /** @description Problems found beyond those listed */
                            more: number;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holiday/schools/{urn}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A school’s pupils at holiday clubs: its row (each pupil once) and its pupils at each club; disclosure-controlled without pupil-level rights */
        get: {
            parameters: {
                query?: {
                    /** @description json (default), or csv or xlsx for a spreadsheet download of the same rows */
                    format?: "json" | "csv" | "xlsx";
                };
                header?: never;
                path: {
                    urn: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            school: {
                                urn: number;
                                name: string;
                                areaId: string | null;
                            };
                            /** @description True when small counts are hidden: you do not have pupil-level rights here */
                            disclosureControlled: boolean;
                            /**
                             * @description Every club (pupil-level rights), or through disclosure control the clubs of the school’s Opportunity Area, or of no Opportunity Area for a school in none
                             * @enum {string}
                             */
                            clubsCounted: "all" | "opportunity-area" | "outside-opportunity-areas";
                            /** @description The school’s pupils, each once however many clubs they went to; places are clubs’, so z */
                            total: {
                                placesOffered: components["schemas"]["Cell"];
                                placesTaken: components["schemas"]["Cell"];
                                takeUp: components["schemas"]["Cell"];
                                daysAttended: components["schemas"]["Cell"];
                                pupils: components["schemas"]["Cell"];
                                fsmPupils: components["schemas"]["Cell"];
                                fsmShare: components["schemas"]["Cell"];
                                daysPerPupil: components["schemas"]["Cell"];
                            };
                            /** @description The school’s pupils at each club they were booked on (places are the club’s, so z): only with pupil-level rights, else empty, as such counts are mostly below 5 */
                            rows: components["schemas"]["HolidayClubRow"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorInput: {
            error: {
                /** @description Stable identifier: not_found, invalid_request, internal_error, … */
                code: string;
                /** @description What went wrong and how to put it right, in plain English */
                message: string;
                /** @description For invalid_request: each field at fault (a body field by its name; others prefixed, as params.id or querystring.format) and its message */
                fields?: {
                    field: string;
                    message: string;
                }[];
            };
        };
        FigureEvidenceInput: {
            /** @description Mainstream schools with a figure */
            schools: number;
            /** @description Every school with a figure, special schools and alternative provision too where the indicator takes them */
            contributors: number;
            /** @description Share (0 to 1) of the area’s pupils in the phase on roll at those schools; null when not known */
            pupilShare: number | null;
            /** @description Whether the figure met the rule; when false the value is null */
            sufficient: boolean;
            /** @description The rule the figure was derived under */
            rule: {
                minSchools: number;
                minPupilShare: number;
            };
            /** @description In words, e.g. "2 schools, 14% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)" */
            note: string;
        };
        LeftOutInput: {
            /** @description How many schools the view could not count */
            schools: number;
            /** @description The sentence the view shows, e.g. "3 schools of Somerset have no district and are not counted here."; null when none */
            note: string | null;
        };
        AuditEntryInput: {
            id: number;
            at: string;
            /** @description Email of the user, or cli / system */
            actor: string;
            /** @description e.g. user.create, board.update, session.sign_in, demo.load */
            action: string;
            entityType: string;
            entityId: string;
            /** @description What changed: { field: { before, after } } or a short description */
            summary: unknown;
        };
        FundInput: {
            id: string;
            name: string;
            /** @description Amount in whole pence: £6,000,000 is 600000000 */
            amountPence: number;
            /** @description Financial or academic period as published, e.g. 2020/21 */
            period: string;
            /** @enum {string} */
            scope: "programme" | "opportunity_area" | "research_schools" | "careers" | "national";
            /**
             * @description fund, or a pot of its parent: allocation, ring_fenced or contribution
             * @enum {string}
             */
            kind: "fund" | "allocation" | "ring_fenced" | "contribution";
            parentId: string | null;
            opportunityAreaId: string | null;
            sourceNote: string;
            /** @description Who gives this money (for a contribution pot, the contributing funder) */
            funder: string;
            /** @description What the money may be spent on, as published; empty when nothing was published */
            conditions: string;
            /** @description Planned amount by academic year, adding up to the fund; empty: spend is planned evenly over its years */
            profile: {
                period: string;
                amountPence: number;
            }[];
            /** @description Who pays and how much: the contribution pots, or the fund’s own funder for the whole amount */
            funders: {
                funder: string;
                amountPence: number;
                percent: number;
            }[];
        };
        AllocationCheckInput: {
            fundId: string;
            amountPence: number;
            /** @description Sum of the pots that name this fund as parent */
            allocatedPence: number;
            unallocatedPence: number;
            overAllocated: boolean;
        };
        Giving360PackageInput: {
            grants: {
                id: string;
                title: string;
                description: string;
                /** @constant */
                currency: "GBP";
                /** @description Pounds, from exact pence: 1416666.67 */
                amountAwarded: number;
                awardDate: string;
                recipientOrganization: {
                    id: string;
                    name: string;
                }[];
                fundingOrganization: {
                    id: string;
                    name: string;
                }[];
                grantProgramme: {
                    code: string;
                    title: string;
                }[];
                beneficiaryLocation: {
                    name: string;
                    /** @description GSS code of the district */
                    geoCode: string;
                }[];
            }[];
            publisher: {
                name: string;
            };
            license: string;
        };
        AllocationRunInput: {
            fundId: string;
            /** @description The pot less its ring-fenced pots */
            totalPence: number;
            ringFenced: {
                id: string;
                amountPence: number;
            }[];
            /** @enum {string} */
            formula: "equal" | "proportional" | "base-plus";
            rounds: number;
            leftoverPennies: number;
            tieBreak: string;
            rows: {
                recipient: string;
                amountPence: number;
                /** @description The exact amount before pennies were placed, a fraction in lowest terms */
                exactPence: string;
                bound: {
                    /** @enum {string} */
                    by: "floor" | "ceiling";
                    round: number;
                } | null;
                extraPenny: 0 | 1;
                working: string[];
            }[];
            /** @description Set once confirmed */
            runId: number | null;
        };
        SpendLineInput: {
            id: number;
            fundId: string;
            recipient: string;
            opportunityAreaId: string | null;
            /** @enum {string} */
            kind: "commitment" | "payment";
            spentOn: string;
            /** @description Academic year of the date, e.g. 2019/20 */
            period: string;
            purpose: string;
            evidenceStrand: string | null;
            amountPence: number;
            /** @enum {string} */
            status: "approved" | "pending_approval";
            recordedBy: string;
            recordedByUserId: number | null;
            recordedAt: string;
            approvedBy: string | null;
            approvedAt: string | null;
        };
        VarianceRowInput: {
            recipient: string;
            period: string;
            plannedPence: number;
            committedPence: number;
            paidPence: number;
            usedPence: number;
            variancePence: number;
            flag: ("overspend" | "underspend") | null;
            pendingPence: number;
        };
        AreaRefInput: {
            /** @description GSS code, e.g. E06000009 */
            code: string;
            name: string;
        };
        ResearchSchoolInput: {
            id: string;
            name: string;
            hostName: string;
            /** @description URN of the host school; null for an alliance, partnership or trust */
            hostUrn: number | null;
            /** @description ISO date, to the month where only the month was published */
            announcedOn: string;
            sourceNote: string;
        };
        OpportunityAreaSummaryInput: {
            id: string;
            name: string;
            /** @description The name it was announced under, where different */
            announcedAs: string | null;
            wave: 1 | 2;
            announcedOn: string;
            districts: components["schemas"]["AreaRefInput"][];
            researchSchool: components["schemas"]["ResearchSchoolInput"] | null;
            boardChair: string | null;
            /** @description Published 2020/21 share in pence; null where not published */
            share2020to21Pence: number | null;
        };
        OpportunityAreaDetailInput: {
            id: string;
            name: string;
            announcedAs: string | null;
            wave: 1 | 2;
            announcedOn: string;
            sourceNote: string;
            districts: {
                code: string;
                name: string;
                educationAuthority: components["schemas"]["AreaRefInput"] | null;
                region: components["schemas"]["AreaRefInput"] | null;
            }[];
            researchSchool: components["schemas"]["ResearchSchoolInput"] | null;
            board: {
                chair: string;
                chairNamedOn: string;
                sourceNote: string;
            } | null;
            funds: components["schemas"]["FundInput"][];
        };
        SignedInUserInput: {
            email: string;
            /** @enum {string} */
            role: "admin" | "analyst" | "area_lead" | "hub_lead" | "school" | "board_viewer";
            /** @description The role as shown on screen */
            roleLabel: string;
            /** @description Areas, hubs and schools the user can access: area:<id>, hub:<id>, school:<URN> */
            scope: string[];
        };
        SessionInput: {
            user: components["schemas"]["SignedInUserInput"] | null;
            /** @description Send as the x-csrf-token header on every POST, PUT, PATCH and DELETE */
            csrfToken: string | null;
            /** @description Where to send the browser to sign in with an organisation account (OpenID Connect), adding ?next=/path; null when this service does not offer it */
            oidcLoginUrl?: string | null;
        };
        UserInput: {
            id: number;
            email: string;
            /** @description The person’s name, where given */
            name: string | null;
            /** @enum {string} */
            role: "admin" | "analyst" | "area_lead" | "hub_lead" | "school" | "board_viewer";
            scope: string[];
            isDemo: boolean;
            createdAt: string;
            disabledAt: string | null;
        };
        SourceRefInput: {
            file: string;
            loadedAt: string;
        };
        SchoolSummaryInput: {
            urn: number;
            name: string;
            town: string | null;
            postcode: string | null;
            phase: string;
            status: string;
            /** @description DfE 3-digit local authority number */
            laCode: string;
            districtCode: string | null;
            districtName: string | null;
            opportunityArea: {
                id: string;
                name: string;
            } | null;
            censusPeriod: string | null;
            /** @description Pupils on roll (January census) */
            pupils: number | null;
            /** @description Pupils eligible for free school meals */
            fsm: number | null;
            /** @description Per cent eligible for FSM at any time in the last 6 years */
            pctFsmEver6: number | null;
            /** @description Fields published as a code instead of a figure: { field: code } */
            censusMarkers: {
                [key: string]: string;
            };
            /** @description Where the register row came from */
            source: components["schemas"]["SourceRefInput"];
            /** @description Where the census figures came from */
            censusSource: components["schemas"]["SourceRefInput"] | null;
        };
        SchoolProfileInput: {
            urn: number;
            name: string;
            address: {
                street: string | null;
                locality: string | null;
                town: string | null;
                postcode: string | null;
            };
            status: string;
            openDate: string | null;
            closeDate: string | null;
            phase: string;
            type: string | null;
            group: string | null;
            ages: {
                low: number | null;
                high: number | null;
            };
            gender: string | null;
            religiousCharacter: string | null;
            admissionsPolicy: string | null;
            location: {
                lat: number;
                lon: number;
                easting: number | null;
                northing: number | null;
            } | null;
            laCode: string;
            district: {
                code: string;
                name: string;
            } | null;
            /** @description How the school was placed in its district (docs/methodology.md §6.8) */
            placement: {
                /** @description How the district was found; null when no rule places the school */
                rule: ("gias" | "coordinates" | "single-tier-la" | "postcode-sector") | null;
                /** @description 1 for an exact rule; for postcode-sector, the share of the placed schools in the sector that are in this district */
                confidence: number | null;
                /** @description For postcode-sector: how many placed schools in the sector it rests on */
                basis: number | null;
                /** @description For postcode-sector, the sector; when unplaced, why */
                note: string | null;
                /** @description How the school is placed, in plain words */
                description: string;
            };
            educationAuthority: {
                code: string;
                name: string;
            } | null;
            region: {
                code: string;
                name: string;
            } | null;
            opportunityArea: {
                id: string;
                name: string;
            } | null;
            census: {
                period: string;
                /** @description Pupils on roll */
                pupils: number | null;
                /** @description Eligible for free school meals */
                fsm: number | null;
                /** @description FSM as a per cent of pupils on roll (computed: fsm ÷ pupils × 100) */
                pctFsm: number | null;
                /** @description Eligible for FSM in the last 6 years */
                fsmEver6: number | null;
                /** @description Per cent FSM ever 6 */
                pctFsmEver6: number | null;
                /** @description Per cent with English as an additional language */
                pctEal: number | null;
                /** @description Per cent on SEN support */
                pctSenSupport: number | null;
                /** @description Per cent with an education, health and care plan */
                pctEhcp: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRefInput"];
            }[];
            ks2: {
                period: string;
                /** @description Pupils at the end of KS2 */
                pupils: number | null;
                /** @description Per cent meeting the expected standard in reading, writing and maths */
                pctRwmExpected: number | null;
                /** @description Per cent achieving the higher standard */
                pctRwmHigher: number | null;
                /** @description Reading progress score */
                readingProgress: number | null;
                /** @description Writing progress score */
                writingProgress: number | null;
                /** @description Maths progress score */
                mathsProgress: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRefInput"];
            }[];
            ks4: {
                period: string;
                /** @description Pupils at the end of KS4 */
                pupils: number | null;
                /** @description Average Attainment 8 score */
                attainment8: number | null;
                /** @description Progress 8 score */
                progress8: number | null;
                progress8Interval: {
                    lower: number | null;
                    upper: number | null;
                };
                /** @description Per cent with grade 4 or above in English and maths */
                pctBasics94: number | null;
                /** @description Per cent with grade 5 or above in English and maths */
                pctBasics95: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRefInput"];
            }[];
            destinations: {
                period: string;
                /** @description all, disadvantaged or other */
                group: string;
                /** @description Pupils in the cohort */
                cohort: number | null;
                /** @description Per cent in a sustained destination */
                pctSustained: number | null;
                /** @description Per cent in education */
                pctEducation: number | null;
                /** @description Per cent in apprenticeships */
                pctApprenticeship: number | null;
                /** @description Per cent in employment */
                pctEmployment: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRefInput"];
            }[];
            history: {
                changedAt: string;
                changes: unknown;
            }[];
            source: components["schemas"]["SourceRefInput"];
        };
        SchoolPlacementReportInput: {
            /** @description Open state-funded schools in the register */
            total: number;
            /** @description Of those, placed in a district by any rule */
            placed: number;
            /** @description Placed by an exact rule: gias, coordinates or single-tier-la */
            exact: number;
            /** @description Placed by the postcode-sector imputation */
            imputed: number;
            /** @description Placed by no rule */
            unplaced: number;
            by_rule: {
                gias: number;
                coordinates: number;
                single_tier_la: number;
                postcode_sector: number;
            };
            unplaced_schools: {
                urn: number;
                name: string;
                reason: string;
            }[];
        };
        ToolkitStrandInput: {
            id: string;
            slug: string;
            name: string;
            /** @description Months of additional progress; null where the evidence is insufficient */
            impactMonths: number | null;
            /** @description 1 (very low) to 5 (very high) */
            costRating: number;
            costLabel: string | null;
            /** @description Padlocks: 0 (insufficient) to 5 (very extensive) */
            evidenceRating: number;
            headline: string;
            /** @description What the EEF says about closing the disadvantage gap */
            gapSummary: string | null;
            tags: string[];
            /** @description The strand on the EEF website */
            url: string;
            source: {
                file: string;
                loadedAt: string;
            };
        };
        AreaSummaryInput: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "country" | "region" | "education_la" | "district";
        };
        AreaDetailInput: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "country" | "region" | "education_la" | "district";
            /** @description From the parent up to the country */
            ancestors: components["schemas"]["AreaSummaryInput"][];
            children: components["schemas"]["AreaSummaryInput"][];
            opportunityArea: {
                id: string;
                name: string;
            } | null;
            schools: {
                /** @description Open schools in the district, or of the education authority */
                open: number;
                /** @description Open schools of the education authority with no district: a district’s list cannot hold them, and an authority’s districts do not count them */
                leftOut: components["schemas"]["LeftOutInput"];
            };
            hasBoundary: boolean;
            indicators: {
                code: string;
                name: string;
                unit: string;
                period: string;
                value: number | null;
                source: {
                    file: string;
                    loadedAt: string;
                };
                evidence: components["schemas"]["FigureEvidenceInput"] | null;
            }[];
            sourceNote: string;
        };
        IndicatorInput: {
            code: string;
            name: string;
            unit: string;
            description: string;
            periods: string[];
        };
        ImpactEstimateInput: {
            measure: {
                code: string;
                name: string;
                unit: string;
            };
            /** @enum {string} */
            method: "sdid" | "sc" | "did";
            /** @description The effect: treated minus comparison from the start on, in the measure’s unit */
            estimate: number;
            /** @description Placebo standard error; null when it cannot be estimated (see warnings) */
            se: number | null;
            ci95: [
                number,
                number
            ] | null;
            /** @description Permutation p-value: sc only */
            p_value: number | null;
            /** @description Root mean squared gap between the treated areas and their comparison before the start */
            pre_fit_rmse: number;
            readonly pre_periods: string[];
            readonly post_periods: string[];
            readonly treated: {
                code: string;
                name: string;
            }[];
            pool: string;
            readonly donors: {
                code: string;
                name: string;
                weight: number;
            }[];
            readonly time_weights: {
                period: string;
                weight: number;
            }[];
            readonly trajectory: {
                period: string;
                treated: number;
                comparison: number;
            }[];
            readonly dropped: ({
                /** @constant */
                kind: "period";
                period: string;
                reason: string;
            } | {
                /** @constant */
                kind: "unit";
                unit: string;
                name?: string;
                reason: string;
            })[];
            readonly warnings: string[];
            placebos: number;
            seed: number;
        };
        NationalImpactInput: {
            measure: {
                code: string;
                name: string;
                unit: string;
            };
            from: string;
            /** @enum {string} */
            method: "sdid" | "sc" | "did";
            /** @description Areas answered (estimated or refused) */
            done: number;
            total: number;
            complete: boolean;
            areas: {
                id: string;
                name: string;
                /**
                 * @description ready: estimated; working: still being worked out (ask again); refused: the data cannot give an estimate, see problem
                 * @enum {string}
                 */
                status: "ready" | "working" | "refused";
                estimate: {
                    estimate: number;
                    se: number | null;
                    ci95: [
                        number,
                        number
                    ] | null;
                    p_value: number | null;
                    readonly pre_periods: string[];
                    readonly post_periods: string[];
                    readonly treated: {
                        code: string;
                        name: string;
                    }[];
                    pool: string;
                    readonly warnings: string[];
                } | null;
                problem: {
                    code: string;
                    message: string;
                } | null;
            }[];
        };
        ImpactTrendInput: {
            measure: {
                code: string;
                name: string;
                unit: string;
                /** @description high when a higher figure is better, low when lower is; null when the source says neither */
                polarity: ("high" | "low") | null;
                description: string;
            };
            area: {
                code: string;
                name: string;
            };
            neighbours: {
                code: string;
                name: string;
            }[];
            /** @description Where the neighbours come from, or why there are none */
            neighboursNote: string;
            region: {
                code: string;
                name: string;
            } | null;
            england: {
                code: string;
                name: string;
            } | null;
            /** @description The first calendar year under the programme */
            startYear: number;
            /** @description The first period under the programme; null when every period is before it */
            start: string | null;
            points: {
                period: string;
                /** @description The area’s value; null where it is not available (a gap, never 0) */
                area: number | null;
                neighbours: {
                    /** @description Mean of the neighbours with a value in this period; null when none has one */
                    mean: number | null;
                    /** @description How many neighbours have a value in this period */
                    count: number;
                };
                region: number | null;
                england: number | null;
                /**
                 * @description Where the period stands against the programme: starts is the first period under it
                 * @enum {string}
                 */
                stage: "before" | "starts" | "running";
            }[];
        };
        IndexedAreaInput: {
            code: string;
            name: string;
            /** @description Stage scores by stage id (standardised; 0 is the average area) */
            stages: {
                [key: string]: number;
            };
            score: number;
            /** @description 1 = best; equal scores share the best rank */
            rank: number;
            /** @description 1 = best band */
            band: number;
            coldSpot: boolean;
            hotSpot: boolean;
            /** @description 90% interval of the rank when every weight varies ±20% */
            rankInterval: [
                number,
                number
            ];
            /** @description Share of the perturbed rankings in which the area is a cold spot */
            coldSpotProbability: number;
        };
        TwinContributionInput: {
            indicator: string;
            indicatorName: string;
            /** @description This indicator’s part of the distance; the parts add up exactly to the distance shown */
            part: number;
            /** @description This indicator’s share of the squared distance; the shares add up to 1 */
            share: number;
            areaValue: number | null;
            neighbourValue: number | null;
        };
        TwinNeighbourInput: {
            code: string;
            name: string;
            /** @description 1 = nearest */
            rank: number;
            /** @description Weighted Euclidean distance over z-scores (docs/methodology.md §11.2), 4 places */
            distance: number;
            /** @enum {string} */
            band: "very close" | "close" | "somewhat close";
            /** @description Whether the area is also in this neighbour’s own list */
            reciprocal: boolean;
            contributions: components["schemas"]["TwinContributionInput"][];
        };
        SimilarSchoolInput: {
            urn: number;
            name: string;
            phase: string;
            la_code: string | null;
            region_code: string | null;
            pupils: number | null;
            pct_fsm: number | null;
            pct_sen: number | null;
            ks2_pct_rwm_expected: number | null;
            ks4_attainment8: number | null;
            ks4_progress8: number | null;
            rank: number;
            distance: number;
            same_region: boolean;
        };
        HubSchoolInput: {
            urn: number;
            name: string;
            phase: string;
            districtCode: string | null;
            distanceKm: number | null;
            needScore: number | null;
            needParts: {
                component: string;
                value: number | null;
                /** @description 0–100 within the school’s phase, higher meaning more need */
                percentile: number | null;
                weight: number;
                contribution: number | null;
            }[];
            highNeed: boolean;
            /** @enum {string} */
            level: "none" | "aware" | "trained" | "implementing" | "embedded";
            levelSince: string | null;
            address: {
                street: string | null;
                town: string | null;
                postcode: string | null;
            };
        };
        NetworkEventInput: {
            id: string;
            hubId: string;
            programmeId: string | null;
            /** @enum {string} */
            kind: "briefing" | "training" | "follow_up";
            title: string;
            heldOn: string;
        };
        CellInput: {
            value: number | null;
            /** @enum {string} */
            symbol?: "c" | "x" | "z" | "low";
        };
        CoverageRowInput: {
            key: string;
            label: string;
            pupils: components["schemas"]["CellInput"];
            reached: components["schemas"]["CellInput"];
            /** @description Percentage of pupils reaching the target */
            share: components["schemas"]["CellInput"];
            fsmPupils: components["schemas"]["CellInput"];
            fsmShare: components["schemas"]["CellInput"];
            notFsmPupils: components["schemas"]["CellInput"];
            notFsmShare: components["schemas"]["CellInput"];
            /** @description FSM share minus the others’, in percentage points */
            gap: components["schemas"]["CellInput"];
        };
        TutoringRowInput: {
            key: string;
            name: string;
            /** @description Pupils on roll in School Census returns (x where no school in the group made one) */
            pupils: components["schemas"]["CellInput"];
            pupilsTutored: components["schemas"]["CellInput"];
            hours: components["schemas"]["CellInput"];
            /** @description Courses started: up to 16 hours one course, more two (the NTP rule) */
            courses: components["schemas"]["CellInput"];
            /** @description Tutees who are pupil premium or FSM, as a fraction 0–1 */
            tuteesDisadvantagedShare: components["schemas"]["CellInput"];
            hoursPerTutee: components["schemas"]["CellInput"];
            /** @description Pupils on roll who were tutored, as a fraction 0–1 (census returns only) */
            tutoredShare: components["schemas"]["CellInput"];
            /** @description Disadvantaged pupils’ tutored share minus the others’, as a fraction */
            tutoredShareGap: components["schemas"]["CellInput"];
        };
        HolidayClubRowInput: {
            clubId: string;
            name: string;
            /** @description Places a day × days offered, in pupil-days: capacity, never suppressed */
            placesOffered: components["schemas"]["CellInput"];
            /** @description Pupil-days booked */
            placesTaken: components["schemas"]["CellInput"];
            /** @description Places taken ÷ places offered, 0–1 */
            takeUp: components["schemas"]["CellInput"];
            daysAttended: components["schemas"]["CellInput"];
            /** @description Pupils attending at least one day */
            pupils: components["schemas"]["CellInput"];
            fsmPupils: components["schemas"]["CellInput"];
            /** @description FSM-eligible pupils as a share of pupils attending, 0–1 */
            fsmShare: components["schemas"]["CellInput"];
            daysPerPupil: components["schemas"]["CellInput"];
        };
        PlanMeasureInput: {
            code: string;
            name: string;
            definition: string;
            unit: string;
            /** @enum {string} */
            polarity: "higher_is_better" | "lower_is_better";
            baseline: {
                period: string;
                value: number;
            };
            targets: {
                period: string;
                value: number;
            }[];
            actuals: {
                period: string;
                value: number;
                source: string;
                recordedOn: string;
                linked: boolean;
            }[];
            /** @description The indicator the actuals are read from, when linked */
            link: {
                indicatorCode: string;
                areaCode: string;
            } | null;
            /**
             * @description By the rule in methodology §13, unless set by hand with a reason
             * @enum {string}
             */
            status: "on_track" | "at_risk" | "off_track" | "no_data";
            /** @enum {string} */
            ruleStatus: "on_track" | "at_risk" | "off_track" | "no_data";
            override: {
                /** @enum {string} */
                status: "on_track" | "at_risk" | "off_track" | "no_data";
                reason: string;
            } | null;
            latest: {
                period: string;
                value: number;
            } | null;
            target: {
                period: string;
                value: number;
            } | null;
            progress: number | null;
            elapsed: number | null;
            explanation: string;
            trend: {
                period: string;
                value: number;
                change: number | null;
                direction: ("better" | "worse" | "same") | null;
            }[];
        };
        Error: {
            error: {
                /** @description Stable identifier: not_found, invalid_request, internal_error, … */
                code: string;
                /** @description What went wrong and how to put it right, in plain English */
                message: string;
                /** @description For invalid_request: each field at fault (a body field by its name; others prefixed, as params.id or querystring.format) and its message */
                fields?: {
                    field: string;
                    message: string;
                }[];
            };
        };
        FigureEvidence: {
            /** @description Mainstream schools with a figure */
            schools: number;
            /** @description Every school with a figure, special schools and alternative provision too where the indicator takes them */
            contributors: number;
            /** @description Share (0 to 1) of the area’s pupils in the phase on roll at those schools; null when not known */
            pupilShare: number | null;
            /** @description Whether the figure met the rule; when false the value is null */
            sufficient: boolean;
            /** @description The rule the figure was derived under */
            rule: {
                minSchools: number;
                minPupilShare: number;
            };
            /** @description In words, e.g. "2 schools, 14% of pupils: not enough for a district figure (it needs at least 3 mainstream schools, or all of them where there are fewer, and 50% of pupils)" */
            note: string;
        };
        LeftOut: {
            /** @description How many schools the view could not count */
            schools: number;
            /** @description The sentence the view shows, e.g. "3 schools of Somerset have no district and are not counted here."; null when none */
            note: string | null;
        };
        AuditEntry: {
            id: number;
            at: string;
            /** @description Email of the user, or cli / system */
            actor: string;
            /** @description e.g. user.create, board.update, session.sign_in, demo.load */
            action: string;
            entityType: string;
            entityId: string;
            /** @description What changed: { field: { before, after } } or a short description */
            summary: unknown;
        };
        Fund: {
            id: string;
            name: string;
            /** @description Amount in whole pence: £6,000,000 is 600000000 */
            amountPence: number;
            /** @description Financial or academic period as published, e.g. 2020/21 */
            period: string;
            /** @enum {string} */
            scope: "programme" | "opportunity_area" | "research_schools" | "careers" | "national";
            /**
             * @description fund, or a pot of its parent: allocation, ring_fenced or contribution
             * @enum {string}
             */
            kind: "fund" | "allocation" | "ring_fenced" | "contribution";
            parentId: string | null;
            opportunityAreaId: string | null;
            sourceNote: string;
            /** @description Who gives this money (for a contribution pot, the contributing funder) */
            funder: string;
            /** @description What the money may be spent on, as published; empty when nothing was published */
            conditions: string;
            /** @description Planned amount by academic year, adding up to the fund; empty: spend is planned evenly over its years */
            profile: {
                period: string;
                amountPence: number;
            }[];
            /** @description Who pays and how much: the contribution pots, or the fund’s own funder for the whole amount */
            funders: {
                funder: string;
                amountPence: number;
                percent: number;
            }[];
        };
        AllocationCheck: {
            fundId: string;
            amountPence: number;
            /** @description Sum of the pots that name this fund as parent */
            allocatedPence: number;
            unallocatedPence: number;
            overAllocated: boolean;
        };
        Giving360Package: {
            grants: {
                id: string;
                title: string;
                description: string;
                /** @constant */
                currency: "GBP";
                /** @description Pounds, from exact pence: 1416666.67 */
                amountAwarded: number;
                awardDate: string;
                recipientOrganization: {
                    id: string;
                    name: string;
                }[];
                fundingOrganization: {
                    id: string;
                    name: string;
                }[];
                grantProgramme: {
                    code: string;
                    title: string;
                }[];
                beneficiaryLocation: {
                    name: string;
                    /** @description GSS code of the district */
                    geoCode: string;
                }[];
            }[];
            publisher: {
                name: string;
            };
            license: string;
        };
        AllocationRun: {
            fundId: string;
            /** @description The pot less its ring-fenced pots */
            totalPence: number;
            ringFenced: {
                id: string;
                amountPence: number;
            }[];
            /** @enum {string} */
            formula: "equal" | "proportional" | "base-plus";
            rounds: number;
            leftoverPennies: number;
            tieBreak: string;
            rows: {
                recipient: string;
                amountPence: number;
                /** @description The exact amount before pennies were placed, a fraction in lowest terms */
                exactPence: string;
                bound: {
                    /** @enum {string} */
                    by: "floor" | "ceiling";
                    round: number;
                } | null;
                extraPenny: 0 | 1;
                working: string[];
            }[];
            /** @description Set once confirmed */
            runId: number | null;
        };
        SpendLine: {
            id: number;
            fundId: string;
            recipient: string;
            opportunityAreaId: string | null;
            /** @enum {string} */
            kind: "commitment" | "payment";
            spentOn: string;
            /** @description Academic year of the date, e.g. 2019/20 */
            period: string;
            purpose: string;
            evidenceStrand: string | null;
            amountPence: number;
            /** @enum {string} */
            status: "approved" | "pending_approval";
            recordedBy: string;
            recordedByUserId: number | null;
            recordedAt: string;
            approvedBy: string | null;
            approvedAt: string | null;
        };
        VarianceRow: {
            recipient: string;
            period: string;
            plannedPence: number;
            committedPence: number;
            paidPence: number;
            usedPence: number;
            variancePence: number;
            flag: ("overspend" | "underspend") | null;
            pendingPence: number;
        };
        AreaRef: {
            /** @description GSS code, e.g. E06000009 */
            code: string;
            name: string;
        };
        ResearchSchool: {
            id: string;
            name: string;
            hostName: string;
            /** @description URN of the host school; null for an alliance, partnership or trust */
            hostUrn: number | null;
            /** @description ISO date, to the month where only the month was published */
            announcedOn: string;
            sourceNote: string;
        };
        OpportunityAreaSummary: {
            id: string;
            name: string;
            /** @description The name it was announced under, where different */
            announcedAs: string | null;
            wave: 1 | 2;
            announcedOn: string;
            districts: components["schemas"]["AreaRef"][];
            researchSchool: components["schemas"]["ResearchSchool"] | null;
            boardChair: string | null;
            /** @description Published 2020/21 share in pence; null where not published */
            share2020to21Pence: number | null;
        };
        OpportunityAreaDetail: {
            id: string;
            name: string;
            announcedAs: string | null;
            wave: 1 | 2;
            announcedOn: string;
            sourceNote: string;
            districts: {
                code: string;
                name: string;
                educationAuthority: components["schemas"]["AreaRef"] | null;
                region: components["schemas"]["AreaRef"] | null;
            }[];
            researchSchool: components["schemas"]["ResearchSchool"] | null;
            board: {
                chair: string;
                chairNamedOn: string;
                sourceNote: string;
            } | null;
            funds: components["schemas"]["Fund"][];
        };
        SignedInUser: {
            email: string;
            /** @enum {string} */
            role: "admin" | "analyst" | "area_lead" | "hub_lead" | "school" | "board_viewer";
            /** @description The role as shown on screen */
            roleLabel: string;
            /** @description Areas, hubs and schools the user can access: area:<id>, hub:<id>, school:<URN> */
            scope: string[];
        };
        Session: {
            user: components["schemas"]["SignedInUser"] | null;
            /** @description Send as the x-csrf-token header on every POST, PUT, PATCH and DELETE */
            csrfToken: string | null;
            /** @description Where to send the browser to sign in with an organisation account (OpenID Connect), adding ?next=/path; null when this service does not offer it */
            oidcLoginUrl?: string | null;
        };
        User: {
            id: number;
            email: string;
            /** @description The person’s name, where given */
            name: string | null;
            /** @enum {string} */
            role: "admin" | "analyst" | "area_lead" | "hub_lead" | "school" | "board_viewer";
            scope: string[];
            isDemo: boolean;
            createdAt: string;
            disabledAt: string | null;
        };
        SourceRef: {
            file: string;
            loadedAt: string;
        };
        SchoolSummary: {
            urn: number;
            name: string;
            town: string | null;
            postcode: string | null;
            phase: string;
            status: string;
            /** @description DfE 3-digit local authority number */
            laCode: string;
            districtCode: string | null;
            districtName: string | null;
            opportunityArea: {
                id: string;
                name: string;
            } | null;
            censusPeriod: string | null;
            /** @description Pupils on roll (January census) */
            pupils: number | null;
            /** @description Pupils eligible for free school meals */
            fsm: number | null;
            /** @description Per cent eligible for FSM at any time in the last 6 years */
            pctFsmEver6: number | null;
            /** @description Fields published as a code instead of a figure: { field: code } */
            censusMarkers: {
                [key: string]: string;
            };
            /** @description Where the register row came from */
            source: components["schemas"]["SourceRef"];
            /** @description Where the census figures came from */
            censusSource: components["schemas"]["SourceRef"] | null;
        };
        SchoolProfile: {
            urn: number;
            name: string;
            address: {
                street: string | null;
                locality: string | null;
                town: string | null;
                postcode: string | null;
            };
            status: string;
            openDate: string | null;
            closeDate: string | null;
            phase: string;
            type: string | null;
            group: string | null;
            ages: {
                low: number | null;
                high: number | null;
            };
            gender: string | null;
            religiousCharacter: string | null;
            admissionsPolicy: string | null;
            location: {
                lat: number;
                lon: number;
                easting: number | null;
                northing: number | null;
            } | null;
            laCode: string;
            district: {
                code: string;
                name: string;
            } | null;
            /** @description How the school was placed in its district (docs/methodology.md §6.8) */
            placement: {
                /** @description How the district was found; null when no rule places the school */
                rule: ("gias" | "coordinates" | "single-tier-la" | "postcode-sector") | null;
                /** @description 1 for an exact rule; for postcode-sector, the share of the placed schools in the sector that are in this district */
                confidence: number | null;
                /** @description For postcode-sector: how many placed schools in the sector it rests on */
                basis: number | null;
                /** @description For postcode-sector, the sector; when unplaced, why */
                note: string | null;
                /** @description How the school is placed, in plain words */
                description: string;
            };
            educationAuthority: {
                code: string;
                name: string;
            } | null;
            region: {
                code: string;
                name: string;
            } | null;
            opportunityArea: {
                id: string;
                name: string;
            } | null;
            census: {
                period: string;
                /** @description Pupils on roll */
                pupils: number | null;
                /** @description Eligible for free school meals */
                fsm: number | null;
                /** @description FSM as a per cent of pupils on roll (computed: fsm ÷ pupils × 100) */
                pctFsm: number | null;
                /** @description Eligible for FSM in the last 6 years */
                fsmEver6: number | null;
                /** @description Per cent FSM ever 6 */
                pctFsmEver6: number | null;
                /** @description Per cent with English as an additional language */
                pctEal: number | null;
                /** @description Per cent on SEN support */
                pctSenSupport: number | null;
                /** @description Per cent with an education, health and care plan */
                pctEhcp: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRef"];
            }[];
            ks2: {
                period: string;
                /** @description Pupils at the end of KS2 */
                pupils: number | null;
                /** @description Per cent meeting the expected standard in reading, writing and maths */
                pctRwmExpected: number | null;
                /** @description Per cent achieving the higher standard */
                pctRwmHigher: number | null;
                /** @description Reading progress score */
                readingProgress: number | null;
                /** @description Writing progress score */
                writingProgress: number | null;
                /** @description Maths progress score */
                mathsProgress: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRef"];
            }[];
            ks4: {
                period: string;
                /** @description Pupils at the end of KS4 */
                pupils: number | null;
                /** @description Average Attainment 8 score */
                attainment8: number | null;
                /** @description Progress 8 score */
                progress8: number | null;
                progress8Interval: {
                    lower: number | null;
                    upper: number | null;
                };
                /** @description Per cent with grade 4 or above in English and maths */
                pctBasics94: number | null;
                /** @description Per cent with grade 5 or above in English and maths */
                pctBasics95: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRef"];
            }[];
            destinations: {
                period: string;
                /** @description all, disadvantaged or other */
                group: string;
                /** @description Pupils in the cohort */
                cohort: number | null;
                /** @description Per cent in a sustained destination */
                pctSustained: number | null;
                /** @description Per cent in education */
                pctEducation: number | null;
                /** @description Per cent in apprenticeships */
                pctApprenticeship: number | null;
                /** @description Per cent in employment */
                pctEmployment: number | null;
                /** @description Fields published as a code instead of a figure: { field: code } */
                markers: {
                    [key: string]: string;
                };
                source: components["schemas"]["SourceRef"];
            }[];
            history: {
                changedAt: string;
                changes: unknown;
            }[];
            source: components["schemas"]["SourceRef"];
        };
        SchoolPlacementReport: {
            /** @description Open state-funded schools in the register */
            total: number;
            /** @description Of those, placed in a district by any rule */
            placed: number;
            /** @description Placed by an exact rule: gias, coordinates or single-tier-la */
            exact: number;
            /** @description Placed by the postcode-sector imputation */
            imputed: number;
            /** @description Placed by no rule */
            unplaced: number;
            by_rule: {
                gias: number;
                coordinates: number;
                single_tier_la: number;
                postcode_sector: number;
            };
            unplaced_schools: {
                urn: number;
                name: string;
                reason: string;
            }[];
        };
        ToolkitStrand: {
            id: string;
            slug: string;
            name: string;
            /** @description Months of additional progress; null where the evidence is insufficient */
            impactMonths: number | null;
            /** @description 1 (very low) to 5 (very high) */
            costRating: number;
            costLabel: string | null;
            /** @description Padlocks: 0 (insufficient) to 5 (very extensive) */
            evidenceRating: number;
            headline: string;
            /** @description What the EEF says about closing the disadvantage gap */
            gapSummary: string | null;
            tags: string[];
            /** @description The strand on the EEF website */
            url: string;
            source: {
                file: string;
                loadedAt: string;
            };
        };
        AreaSummary: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "country" | "region" | "education_la" | "district";
        };
        AreaDetail: {
            code: string;
            name: string;
            /** @enum {string} */
            kind: "country" | "region" | "education_la" | "district";
            /** @description From the parent up to the country */
            ancestors: components["schemas"]["AreaSummary"][];
            children: components["schemas"]["AreaSummary"][];
            opportunityArea: {
                id: string;
                name: string;
            } | null;
            schools: {
                /** @description Open schools in the district, or of the education authority */
                open: number;
                /** @description Open schools of the education authority with no district: a district’s list cannot hold them, and an authority’s districts do not count them */
                leftOut: components["schemas"]["LeftOut"];
            };
            hasBoundary: boolean;
            indicators: {
                code: string;
                name: string;
                unit: string;
                period: string;
                value: number | null;
                source: {
                    file: string;
                    loadedAt: string;
                };
                evidence: components["schemas"]["FigureEvidence"] | null;
            }[];
            sourceNote: string;
        };
        Indicator: {
            code: string;
            name: string;
            unit: string;
            description: string;
            periods: string[];
        };
        ImpactEstimate: {
            measure: {
                code: string;
                name: string;
                unit: string;
            };
            /** @enum {string} */
            method: "sdid" | "sc" | "did";
            /** @description The effect: treated minus comparison from the start on, in the measure’s unit */
            estimate: number;
            /** @description Placebo standard error; null when it cannot be estimated (see warnings) */
            se: number | null;
            ci95: [
                number,
                number
            ] | null;
            /** @description Permutation p-value: sc only */
            p_value: number | null;
            /** @description Root mean squared gap between the treated areas and their comparison before the start */
            pre_fit_rmse: number;
            readonly pre_periods: string[];
            readonly post_periods: string[];
            readonly treated: {
                code: string;
                name: string;
            }[];
            pool: string;
            readonly donors: {
                code: string;
                name: string;
                weight: number;
            }[];
            readonly time_weights: {
                period: string;
                weight: number;
            }[];
            readonly trajectory: {
                period: string;
                treated: number;
                comparison: number;
            }[];
            readonly dropped: ({
                /** @constant */
                kind: "period";
                period: string;
                reason: string;
            } | {
                /** @constant */
                kind: "unit";
                unit: string;
                name?: string;
                reason: string;
            })[];
            readonly warnings: string[];
            placebos: number;
            seed: number;
        };
        NationalImpact: {
            measure: {
                code: string;
                name: string;
                unit: string;
            };
            from: string;
            /** @enum {string} */
            method: "sdid" | "sc" | "did";
            /** @description Areas answered (estimated or refused) */
            done: number;
            total: number;
            complete: boolean;
            areas: {
                id: string;
                name: string;
                /**
                 * @description ready: estimated; working: still being worked out (ask again); refused: the data cannot give an estimate, see problem
                 * @enum {string}
                 */
                status: "ready" | "working" | "refused";
                estimate: {
                    estimate: number;
                    se: number | null;
                    ci95: [
                        number,
                        number
                    ] | null;
                    p_value: number | null;
                    readonly pre_periods: string[];
                    readonly post_periods: string[];
                    readonly treated: {
                        code: string;
                        name: string;
                    }[];
                    pool: string;
                    readonly warnings: string[];
                } | null;
                problem: {
                    code: string;
                    message: string;
                } | null;
            }[];
        };
        ImpactTrend: {
            measure: {
                code: string;
                name: string;
                unit: string;
                /** @description high when a higher figure is better, low when lower is; null when the source says neither */
                polarity: ("high" | "low") | null;
                description: string;
            };
            area: {
                code: string;
                name: string;
            };
            neighbours: {
                code: string;
                name: string;
            }[];
            /** @description Where the neighbours come from, or why there are none */
            neighboursNote: string;
            region: {
                code: string;
                name: string;
            } | null;
            england: {
                code: string;
                name: string;
            } | null;
            /** @description The first calendar year under the programme */
            startYear: number;
            /** @description The first period under the programme; null when every period is before it */
            start: string | null;
            points: {
                period: string;
                /** @description The area’s value; null where it is not available (a gap, never 0) */
                area: number | null;
                neighbours: {
                    /** @description Mean of the neighbours with a value in this period; null when none has one */
                    mean: number | null;
                    /** @description How many neighbours have a value in this period */
                    count: number;
                };
                region: number | null;
                england: number | null;
                /**
                 * @description Where the period stands against the programme: starts is the first period under it
                 * @enum {string}
                 */
                stage: "before" | "starts" | "running";
            }[];
        };
        IndexedArea: {
            code: string;
            name: string;
            /** @description Stage scores by stage id (standardised; 0 is the average area) */
            stages: {
                [key: string]: number;
            };
            score: number;
            /** @description 1 = best; equal scores share the best rank */
            rank: number;
            /** @description 1 = best band */
            band: number;
            coldSpot: boolean;
            hotSpot: boolean;
            /** @description 90% interval of the rank when every weight varies ±20% */
            rankInterval: [
                number,
                number
            ];
            /** @description Share of the perturbed rankings in which the area is a cold spot */
            coldSpotProbability: number;
        };
        TwinContribution: {
            indicator: string;
            indicatorName: string;
            /** @description This indicator’s part of the distance; the parts add up exactly to the distance shown */
            part: number;
            /** @description This indicator’s share of the squared distance; the shares add up to 1 */
            share: number;
            areaValue: number | null;
            neighbourValue: number | null;
        };
        TwinNeighbour: {
            code: string;
            name: string;
            /** @description 1 = nearest */
            rank: number;
            /** @description Weighted Euclidean distance over z-scores (docs/methodology.md §11.2), 4 places */
            distance: number;
            /** @enum {string} */
            band: "very close" | "close" | "somewhat close";
            /** @description Whether the area is also in this neighbour’s own list */
            reciprocal: boolean;
            contributions: components["schemas"]["TwinContribution"][];
        };
        SimilarSchool: {
            urn: number;
            name: string;
            phase: string;
            la_code: string | null;
            region_code: string | null;
            pupils: number | null;
            pct_fsm: number | null;
            pct_sen: number | null;
            ks2_pct_rwm_expected: number | null;
            ks4_attainment8: number | null;
            ks4_progress8: number | null;
            rank: number;
            distance: number;
            same_region: boolean;
        };
        HubSchool: {
            urn: number;
            name: string;
            phase: string;
            districtCode: string | null;
            distanceKm: number | null;
            needScore: number | null;
            needParts: {
                component: string;
                value: number | null;
                /** @description 0–100 within the school’s phase, higher meaning more need */
                percentile: number | null;
                weight: number;
                contribution: number | null;
            }[];
            highNeed: boolean;
            /** @enum {string} */
            level: "none" | "aware" | "trained" | "implementing" | "embedded";
            levelSince: string | null;
            address: {
                street: string | null;
                town: string | null;
                postcode: string | null;
            };
        };
        NetworkEvent: {
            id: string;
            hubId: string;
            programmeId: string | null;
            /** @enum {string} */
            kind: "briefing" | "training" | "follow_up";
            title: string;
            heldOn: string;
        };
        Cell: {
            value: number | null;
            /** @enum {string} */
            symbol?: "c" | "x" | "z" | "low";
        };
        CoverageRow: {
            key: string;
            label: string;
            pupils: components["schemas"]["Cell"];
            reached: components["schemas"]["Cell"];
            /** @description Percentage of pupils reaching the target */
            share: components["schemas"]["Cell"];
            fsmPupils: components["schemas"]["Cell"];
            fsmShare: components["schemas"]["Cell"];
            notFsmPupils: components["schemas"]["Cell"];
            notFsmShare: components["schemas"]["Cell"];
            /** @description FSM share minus the others’, in percentage points */
            gap: components["schemas"]["Cell"];
        };
        TutoringRow: {
            key: string;
            name: string;
            /** @description Pupils on roll in School Census returns (x where no school in the group made one) */
            pupils: components["schemas"]["Cell"];
            pupilsTutored: components["schemas"]["Cell"];
            hours: components["schemas"]["Cell"];
            /** @description Courses started: up to 16 hours one course, more two (the NTP rule) */
            courses: components["schemas"]["Cell"];
            /** @description Tutees who are pupil premium or FSM, as a fraction 0–1 */
            tuteesDisadvantagedShare: components["schemas"]["Cell"];
            hoursPerTutee: components["schemas"]["Cell"];
            /** @description Pupils on roll who were tutored, as a fraction 0–1 (census returns only) */
            tutoredShare: components["schemas"]["Cell"];
            /** @description Disadvantaged pupils’ tutored share minus the others’, as a fraction */
            tutoredShareGap: components["schemas"]["Cell"];
        };
        HolidayClubRow: {
            clubId: string;
            name: string;
            /** @description Places a day × days offered, in pupil-days: capacity, never suppressed */
            placesOffered: components["schemas"]["Cell"];
            /** @description Pupil-days booked */
            placesTaken: components["schemas"]["Cell"];
            /** @description Places taken ÷ places offered, 0–1 */
            takeUp: components["schemas"]["Cell"];
            daysAttended: components["schemas"]["Cell"];
            /** @description Pupils attending at least one day */
            pupils: components["schemas"]["Cell"];
            fsmPupils: components["schemas"]["Cell"];
            /** @description FSM-eligible pupils as a share of pupils attending, 0–1 */
            fsmShare: components["schemas"]["Cell"];
            daysPerPupil: components["schemas"]["Cell"];
        };
        PlanMeasure: {
            code: string;
            name: string;
            definition: string;
            unit: string;
            /** @enum {string} */
            polarity: "higher_is_better" | "lower_is_better";
            baseline: {
                period: string;
                value: number;
            };
            targets: {
                period: string;
                value: number;
            }[];
            actuals: {
                period: string;
                value: number;
                source: string;
                recordedOn: string;
                linked: boolean;
            }[];
            /** @description The indicator the actuals are read from, when linked */
            link: {
                indicatorCode: string;
                areaCode: string;
            } | null;
            /**
             * @description By the rule in methodology §13, unless set by hand with a reason
             * @enum {string}
             */
            status: "on_track" | "at_risk" | "off_track" | "no_data";
            /** @enum {string} */
            ruleStatus: "on_track" | "at_risk" | "off_track" | "no_data";
            override: {
                /** @enum {string} */
                status: "on_track" | "at_risk" | "off_track" | "no_data";
                reason: string;
            } | null;
            latest: {
                period: string;
                value: number;
            } | null;
            target: {
                period: string;
                value: number;
            } | null;
            progress: number | null;
            elapsed: number | null;
            explanation: string;
            trend: {
                period: string;
                value: number;
                change: number | null;
                direction: ("better" | "worse" | "same") | null;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
