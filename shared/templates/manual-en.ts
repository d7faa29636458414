/** Quality manual (template for a service organisation), in ISO 9001:2015 clause order. */
export const MANUAL_EN = `
## 0 About this manual
This manual describes the scope of the quality management system, its processes and how they interact. The quality department writes it, the general manager approves it, and every employee follows it.
## 4 Context of the organisation
### 4.1 Understanding the organisation and its context
Each year the management review identifies the internal and external issues relevant to our service strategy: competition, changing customer needs, law and regulation, technology and staff capability, and monitors how they change.
### 4.2 Needs and expectations of interested parties
We identify customers, employees, shareholders, suppliers, regulators and the community, and their requirements, and review them regularly.
### 4.3 Scope of the quality management system
The system covers every service we provide to customers: enquiries, service delivery, complaint handling and follow-up.
### 4.4 The quality management system and its processes
The system follows the process approach: for each process we define inputs, outputs, sequence, responsibilities, resources, risks and performance indicators.
## 5 Leadership
### 5.1 Leadership and commitment
The general manager is accountable for the effectiveness of the system, keeps the quality policy and objectives in line with strategy, and provides the resources needed.
### 5.2 Quality policy
Our quality policy: customers first, honest service, everyone involved, continual improvement. It is communicated internally and available to interested parties.
### 5.3 Roles, responsibilities and authorities
A responsibility matrix assigns the responsibilities and authorities of each department and role; the quality department runs and coordinates the system day to day.
## 6 Planning
### 6.1 Actions to address risks and opportunities
Each department identifies the risks and opportunities of its processes, plans actions and evaluates their effectiveness.
### 6.2 Quality objectives and planning to achieve them
We set measurable service quality objectives, such as customer satisfaction of at least 85 % and a valid complaint rate below 3 %, and plan the actions, resources, owners and dates to achieve them.
### 6.3 Planning of changes
Changes to the system are planned and reviewed, considering their purpose, consequences, resources and responsibilities.
## 7 Support
### 7.1 Resources
We determine and provide the people, infrastructure, service environment and monitoring resources the system needs.
### 7.2 Competence
We determine the competence each role needs, ensure it through training and experience, and keep records.
### 7.3 Awareness
Employees know the quality policy, the objectives that concern them, their contribution to the system and the consequences of not meeting requirements.
### 7.4 Communication
We decide what to communicate, when, with whom and how, internally and externally.
### 7.5 Documented information
Documents and records are identified, approved, distributed, revised, kept and disposed of under the document control and record control procedures, so that obsolete documents are not used by mistake.
## 8 Operation
### 8.1 Operational planning and control
We plan the service processes, set their requirements, criteria and resources, and control them.
### 8.2 Requirements for products and services
We communicate with customers through several channels, review service requirements and make sure we can meet them.
### 8.4 Control of externally provided processes, products and services
External providers are evaluated, selected and monitored so that what they provide meets requirements.
### 8.5 Production and service provision
Services are delivered under controlled conditions according to service standards and work instructions; key steps are recorded so they can be traced.
### 8.7 Control of nonconforming outputs
Service outputs that do not meet requirements are identified and controlled, corrected, and the customer is informed.
## 9 Performance evaluation
### 9.1 Monitoring, measurement, analysis and evaluation
Every quarter we assess service quality and survey customer satisfaction, analyse the data and evaluate the performance of the system.
### 9.2 Internal audit
At least once a year an internal audit covers all processes; auditors do not audit their own work.
### 9.3 Management review
At least once a year the general manager chairs a management review of the suitability, adequacy and effectiveness of the system and decides on improvements.
## 10 Improvement
### 10.2 Nonconformity and corrective action
When a nonconformity occurs we contain and correct it, find its root cause, take corrective action and verify that it worked.
### 10.3 Continual improvement
We use the results of assessments, audits and management reviews to improve the suitability, adequacy and effectiveness of the system continually.
`;
