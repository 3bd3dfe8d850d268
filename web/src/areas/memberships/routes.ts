export { MembershipsPage } from './MembershipsPage';
