export { createApiHandlers, type ApiHandlerDeps } from './api-handlers';
export { createContentLibrary, type ContentLibrary, type ContentLibraryOptions } from './content-library';
export { ServiceError } from '../service-error';
export { openAppStore } from './open-app-store';
