/** Delivery plans, boards and the what-worked library, as aliases of the schemas generated from openapi.json. */
import type { Reply, RequestBody, Schemas } from './http.ts';

export type PlanMeasure = Schemas['PlanMeasure'];
export type MeasureStatus = PlanMeasure['status'];
export type PeriodValue = PlanMeasure['baseline'];
export type AreaPlan = Reply<'/api/opportunity-areas/{id}/plan'>;
export type ActualEntry = RequestBody<'/api/opportunity-areas/{id}/plan/measures/{code}/actuals', 'post'>;
export type CrossAreaMeasures = Reply<'/api/plans/measures'>;
export type AreaPlanStatus = Reply<'/api/plans/status'>['items'][number];
export type WhatWorkedEntry = Reply<'/api/what-worked'>['items'][number];
