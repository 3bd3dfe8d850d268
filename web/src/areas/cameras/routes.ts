export { CameraFormPage } from './CameraFormPage';
export { CameraPage } from './CameraPage';
export { CamerasTab } from './CamerasTab';
