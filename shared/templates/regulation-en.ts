/** Service-quality regulation (template), from General Provisions to Supplementary Provisions. */
export const REGULATION_EN = `
# General provisions
@ These regulations set out how the company manages service quality, so that customer satisfaction and competitiveness improve continually. They are based on ISO 9001:2015 and applicable law.
@ They apply to every department, service outlet and employee, and to every service activity: enquiries, acceptance, delivery and follow-up.
@ Service quality means the degree to which our services meet the stated, implied or obligatory needs and expectations of customers. It is measured in five dimensions:
- Tangibles: premises, equipment, printed material and the appearance of staff;
- Reliability: keeping service promises accurately and dependably;
- Responsiveness: willingness to help customers and to serve them promptly;
- Assurance: the knowledge and courtesy of staff and their ability to inspire trust;
- Empathy: caring, individual attention to each customer.
@ Service quality management follows four principles: customer first, prevention first, everyone involved, continual improvement.
# Organisation and responsibilities
@ A service quality committee chaired by the general manager approves the quality policy and objectives, allocates resources and chairs management reviews.
@ The quality department administers service quality. Its duties are:
- to draft, revise and interpret these regulations and the related procedures;
- to organise service inspections, quarterly assessments and internal audits;
- to analyse customer satisfaction and complaint data and issue the quarterly service quality report;
- to follow up corrective actions and verify their effectiveness.
@ The head of each department is accountable for the service quality of that department, puts the service standards into practice, and organises self-inspection and training.
@ Every employee knows and follows the service standards of their job and reports service quality problems.
# Service quality objectives
@ The quality department proposes annual service quality objectives; once approved by the committee they are published and broken down by department. Objectives are specific, measurable, achievable, relevant and time-bound.
@ The baseline objectives are:
- customer satisfaction of at least 85 %;
- a valid complaint rate below 3 %;
- response to telephone and online enquiries within 2 minutes;
- first-contact resolution of at least 80 %.
@ Departments report progress against their objectives monthly; where an objective is missed they analyse the causes and plan improvements.
# Service standards and processes
@ Departments write service standards and work instructions for their main service steps, stating content, time limits, scripts and quality requirements; the quality department reviews them before release.
@ Service delivery is prepared beforehand, recorded while it happens and followed up afterwards. Records of key steps are complete, truthful and traceable.
@ Changes to service standards are revised, approved and distributed under the document control procedure, and the people concerned are trained promptly.
# Service quality assessment
@ Service quality is assessed every quarter. The quality department completes the assessment within fifteen working days after the quarter and feeds the results back to departments.
@ Assessment may use:
- customer satisfaction surveys (for example the SERVQUAL scale, measuring expectations and perceptions);
- on-site inspections and sampling of recordings;
- mystery shopping;
- analysis of complaints and compliments.
@ Gaps found are classified as knowledge, standards, delivery or communication gaps, and their effect on customer perception is analysed.
# Service quality improvement
@ For nonconformities found in assessments, inspections, audits and complaints, the responsible department takes corrective action within the set time: it finds the root cause, plans actions, and names owners and due dates.
@ The quality department follows the actions and verifies their effectiveness; where an action is not effective, the cause is analysed again.
@ Employees are encouraged to suggest improvements; suggestions adopted with good results are rewarded under Chapter 9.
# Customer complaints
@ Whoever first receives a complaint owns it: they record it and pass it to the responsible department within 24 hours.
@ Ordinary complaints are answered within three working days and complex ones within seven; the customer is contacted afterwards to confirm satisfaction.
@ The quality department summarises complaints monthly and analyses recurring or serious ones.
# Training
@ Human resources and the quality department plan service quality training each year: service awareness, service standards, communication skills and complaint handling.
@ New employees start serving customers only after passing service quality training; changes to standards are followed by specific training.
# Assessment, rewards and penalties
@ Service quality results are part of department and individual performance appraisal; the quarterly assessment is its main basis.
@ Departments and people with outstanding service, written praise from customers or effective improvement suggestions are commended or rewarded.
@ Service failures that cause valid complaints or harm are dealt with, according to their seriousness, by counselling, reduced performance pay or other measures.
# Documents and records
@ Service quality documents are numbered, approved, distributed, revised and withdrawn under the document control procedure, so that the current version is available where it is used.
@ Service quality records are made promptly, legibly and completely, kept for the required period and protected from damage and loss.
# Supplementary provisions
@ The quality department interprets these regulations.
@ These regulations take effect on the date of issue.
`;
