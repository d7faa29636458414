// npm run bench — every benchmark, each printing its figures and the ratio to its baseline.
// QMS_BENCH_ROWS / QMS_BENCH_SEARCH_ROWS / QMS_BENCH_RUNS change the sizes.
import { benchAuditReport } from './audit-report';
import { benchCommit } from './commit';
import { benchImport } from './import';
import { benchKit } from './kit';
import { benchOrgImport } from './org-import';
import { benchRegister } from './register';
import { benchSearch } from './search';
import { benchTasks } from './tasks';
import { benchCoverage } from './coverage';
import { benchCapa } from './capa';
import { benchTraining } from './training';

const runs = Number(process.env.QMS_BENCH_RUNS ?? 1000);
console.log('== Document register: list and lookup through dispatch vs raw SQL ==');
const register = await benchRegister(Number(process.env.QMS_BENCH_ROWS ?? 100_000), runs);
console.log('\n== Full-text search vs a LIKE scan ==');
const search = await benchSearch(Number(process.env.QMS_BENCH_SEARCH_ROWS ?? 20_000), Math.min(runs, 300));
console.log('\n== Word import of a 100-page regulation ==');
const wordImport = await benchImport();
console.log('\n== Durable commits: synchronous=NORMAL (before) vs FULL (after) ==');
await benchCommit(Math.min(runs, 200), Math.min(runs, 40));
console.log('\n== Organisation import: 5,000 staff rows from .xlsx vs exceljs reading alone ==');
await benchOrgImport(Number(process.env.QMS_BENCH_STAFF ?? 5_000));
console.log('\n== Task inbox: tasks.mine (500 open among 200,000 tasks) through dispatch vs raw SQL ==');
const tasks = await benchTasks(Number(process.env.QMS_BENCH_TASKS ?? 200_000), 500, runs);
console.log('\n== Field kit: export, verify and pack of ~100 MB of photos vs copying the same bytes ==');
await benchKit(Number(process.env.QMS_BENCH_PHOTOS ?? 200), 500_000);
console.log('\n== Competence gaps: 5,000 staff, 200 topics, 50,000 training records, through dispatch vs raw SQL ==');
const training = await benchTraining(Number(process.env.QMS_BENCH_STAFF ?? 5_000), 200, 50_000, Math.min(runs, 300));
console.log('\n== Audit programme: the coverage matrix of a year with 200 audits through dispatch vs raw SQL ==');
const coverage = await benchCoverage(Number(process.env.QMS_BENCH_AUDITS ?? 200), Math.min(runs, 300));
console.log('\n== Corrective actions: the register with filters and the overdue count (20,000 records, 80,000 actions) through dispatch vs raw SQL ==');
const capa = await benchCapa(Number(process.env.QMS_BENCH_CAPA ?? 20_000), runs);
console.log('\n== Audit report in Word: 300 lines, 40 findings, native charts vs the bare docx library with chart pictures ==');
const auditReport = await benchAuditReport(Math.min(runs, 20));
const targets = { register, search, import: wordImport, tasks, training, coverage, capa, auditReport };
console.log(`\nTargets: ${Object.entries(targets).map(([k, ok]) => `${k} ${ok ? 'met' : 'MISSED'}`).join(', ')}`);
