import { callerOf, type DomainMethods, type Handlers } from '../context';
import { cancelJob, getJob } from '../jobs/registry';

export const jobsHandlers: Handlers<DomainMethods<'jobs'>> = {
  async 'jobs.get'(input, ctx) {
    callerOf(ctx);
    return getJob(ctx, input.jobId);
  },
  async 'jobs.cancel'(input, ctx) {
    callerOf(ctx);
    return { cancelled: cancelJob(ctx, input.jobId) };
  },
};
