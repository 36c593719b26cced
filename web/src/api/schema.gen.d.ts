// Generated from the server's OpenAPI document by `npm run gen:api`. Do not edit.
export interface paths {
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with email and password (sets an HTTP-only session cookie) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
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
            'application/json': {
              user: {
                createdAt: string;
                email: string;
                /** Format: uuid */
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: {
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
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an account and log in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name: string;
            password: string;
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
            'application/json': {
              user: {
                createdAt: string;
                email: string;
                /** Format: uuid */
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation addressed to my email, by its token or its id (a retry answers the same workspace) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                token: string;
              }
            | {
                /** Format: uuid */
                id: string;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/invitations/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline an invitation addressed to my email, by its token or its id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                token: string;
              }
            | {
                /** Format: uuid */
                id: string;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The current user, their workspaces and pending invitations */
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
            'application/json': {
              invitations: {
                createdAt: string;
                expiresAt: string;
                /** Format: uuid */
                id: string;
                invitedByName: string | null;
                /** @enum {string} */
                role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
                /** Format: uuid */
                workspaceId: string;
                workspaceName: string;
              }[];
              user: {
                createdAt: string;
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
              };
              workspaces: {
                /** Format: uuid */
                id: string;
                name: string;
                role: string;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/me/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My notifications, newest first
     * @description Only the caller’s own, and only in workspaces they still belong to.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          /** @description true for unread ones only */
          unread?: 'true' | 'false';
          workspaceId?: string;
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
            'application/json': {
              items: {
                actor: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                commentId: string | null;
                createdAt: string;
                /** Format: uuid */
                entityId: string;
                entityType: string;
                /** @description Start of the comment, when there is one */
                excerpt: string | null;
                /** Format: uuid */
                id: string;
                /** @description mention */
                kind: string;
                read: boolean;
                /** Format: uuid */
                workspaceId: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/me/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark my notifications read: the listed ids, or all (optionally of one workspace) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            all?: boolean;
            ids?: string[];
            /** Format: uuid */
            workspaceId?: string;
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
            'application/json': {
              updated: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My API tokens (never the secrets) */
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
            'application/json': {
              items: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                lastUsedAt: string | null;
                name: string;
                prefix: string;
                revokedAt: string | null;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a personal API token; the token is shown in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              lastUsedAt: string | null;
              name: string;
              prefix: string;
              revokedAt: string | null;
              token: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/me/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ownership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ownership matrix: who owns, who contributes to, who reads and who reviews each kind of artefact */
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
            'application/json': {
              /** @enum {boolean} */
              adminMayDoEverything: true;
              artefacts: {
                /** @enum {string} */
                artefact:
                  | 'workspace'
                  | 'member'
                  | 'invitation'
                  | 'product'
                  | 'customer'
                  | 'contact'
                  | 'feedback'
                  | 'feature'
                  | 'scoring_model'
                  | 'release'
                  | 'persona'
                  | 'competitor'
                  | 'battlecard'
                  | 'positioning'
                  | 'messaging'
                  | 'launch'
                  | 'release_note'
                  | 'requirement'
                  | 'program'
                  | 'campaign'
                  | 'touchpoint'
                  | 'affiliate'
                  | 'budget'
                  | 'metric';
                contributors: {
                  may: ('create' | 'comment' | 'link_feedback' | 'propose')[];
                  /** @enum {string} */
                  role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
                }[];
                description: string;
                owners: (
                  'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer'
                )[];
                readers: (
                  'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer'
                )[];
                /** @description Who reviews or approves it (accept, send back, approve); not implied by owning it */
                reviewers: (
                  'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer'
                )[];
              }[];
              roles: ('admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer')[];
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
  '/api/v1/workspaces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Workspaces I belong to */
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
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a workspace; I become its admin */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A workspace */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a workspace and everything in it (admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename a workspace (admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            version?: number;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The activity log: who changed what, newest first (sort: -id default, id for oldest first)
     * @description Any member may read their workspace’s log. Filters combine; action takes a comma-separated list.
     */
    get: {
      parameters: {
        query?: {
          action?: string;
          actorId?: string;
          cursor?: string;
          entityId?: string;
          /** @description product, feature, release, comment, … */
          entityType?: string;
          limit?: number;
          /** @description Entries at or after this instant (ISO 8601) */
          since?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description created, updated, deleted, or a domain verb (commented, status_changed, …) */
                action: string;
                /** @description null when the user was deleted */
                actor: {
                  /** @description null for someone who is not a member here (an imported entry) */
                  id: string | null;
                  name: string;
                } | null;
                at: string;
                /** @description Each changed field with its value before and after */
                changes: {
                  [key: string]: {
                    after: unknown;
                    before: unknown;
                  };
                };
                entityId: string;
                entityType: string;
                id: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/affiliates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Affiliates and partners (sort: name (default), createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          kind?: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
          limit?: number;
          /** @description Name, code or contact contains */
          q?: string;
          sort?: string;
          status?: 'prospect' | 'active' | 'paused' | 'ended';
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                allowedTransitions: ('prospect' | 'active' | 'paused' | 'ended')[];
                /** @enum {string} */
                commissionModel: 'percentage' | 'fixed';
                commissionValue: number;
                contactEmail: string;
                contactName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
                name: string;
                notes: string;
                referralCode: string;
                /** @enum {string} */
                status: 'prospect' | 'active' | 'paused' | 'ended';
                updatedAt: string;
                version: number;
                website: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a partner (it starts as a prospect) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            commissionModel: 'percentage' | 'fixed';
            /** @description A percentage (0–100) or a fixed amount per conversion */
            commissionValue: number;
            contactEmail?: '' | string;
            contactName?: string;
            /** @enum {string} */
            kind?: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
            name: string;
            notes?: string;
            /** @description Letters, digits, dashes; stored upper case, unique per workspace; generated when omitted */
            referralCode?: string;
            /** @description http(s) URL or empty */
            website?: '' | string;
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
            'application/json': {
              allowedTransitions: ('prospect' | 'active' | 'paused' | 'ended')[];
              /** @enum {string} */
              commissionModel: 'percentage' | 'fixed';
              commissionValue: number;
              contactEmail: string;
              contactName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
              name: string;
              notes: string;
              referralCode: string;
              /** @enum {string} */
              status: 'prospect' | 'active' | 'paused' | 'ended';
              updatedAt: string;
              version: number;
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/affiliates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One partner */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              allowedTransitions: ('prospect' | 'active' | 'paused' | 'ended')[];
              /** @enum {string} */
              commissionModel: 'percentage' | 'fixed';
              commissionValue: number;
              contactEmail: string;
              contactName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
              name: string;
              notes: string;
              referralCode: string;
              /** @enum {string} */
              status: 'prospect' | 'active' | 'paused' | 'ended';
              updatedAt: string;
              version: number;
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a partner */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a partner or move it along its lifecycle */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            commissionModel?: 'percentage' | 'fixed';
            /** @description A percentage (0–100) or a fixed amount per conversion */
            commissionValue?: number;
            contactEmail?: '' | string;
            contactName?: string;
            /** @enum {string} */
            kind?: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
            name?: string;
            notes?: string;
            /** @description Letters, digits, dashes; stored upper case, unique per workspace; generated when omitted */
            referralCode?: string;
            /**
             * @description prospect → active | ended; active ↔ paused; any → ended; ended is final
             * @enum {string}
             */
            status?: 'prospect' | 'active' | 'paused' | 'ended';
            version?: number;
            /** @description http(s) URL or empty */
            website?: '' | string;
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
            'application/json': {
              allowedTransitions: ('prospect' | 'active' | 'paused' | 'ended')[];
              /** @enum {string} */
              commissionModel: 'percentage' | 'fixed';
              commissionValue: number;
              contactEmail: string;
              contactName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
              name: string;
              notes: string;
              referralCode: string;
              /** @enum {string} */
              status: 'prospect' | 'active' | 'paused' | 'ended';
              updatedAt: string;
              version: number;
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/affiliates/by-code/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The partner a referral code belongs to (case-insensitive) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
          workspaceId: string;
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
            'application/json': {
              allowedTransitions: ('prospect' | 'active' | 'paused' | 'ended')[];
              /** @enum {string} */
              commissionModel: 'percentage' | 'fixed';
              commissionValue: number;
              contactEmail: string;
              contactName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'affiliate' | 'reseller' | 'referral' | 'technology' | 'agency';
              name: string;
              notes: string;
              referralCode: string;
              /** @enum {string} */
              status: 'prospect' | 'active' | 'paused' | 'ended';
              updatedAt: string;
              version: number;
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/battlecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Battlecards (sort: lastReviewedOn (default: oldest and never-reviewed first), updatedAt, createdAt) */
    get: {
      parameters: {
        query?: {
          competitorId?: string;
          cursor?: string;
          limit?: number;
          productId?: string;
          sort?: string;
          /** @description Only stale cards, or only fresh ones */
          stale?: 'true' | 'false';
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** Format: uuid */
                competitorId: string;
                competitorName: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @description Trap questions to plant */
                landmines: string[];
                lastReviewedBy: string | null;
                lastReviewedOn: string | null;
                objections: {
                  objection: string;
                  response: string;
                }[];
                ourStrengths: {
                  point: string;
                  proof: string;
                }[];
                /** Format: uuid */
                productId: string;
                productName: string;
                quickComparison: {
                  dimension: string;
                  them: string;
                  us: string;
                }[];
                /** @description lastReviewedOn + 90 days; null when never reviewed */
                reviewDueOn: string | null;
                /** @description Never reviewed, or last reviewed more than 90 days ago */
                stale: boolean;
                /** @description Where they are honestly better */
                theirStrengths: string[];
                updatedAt: string;
                version: number;
                /** @description The deals and signals where this competitor shows up */
                whenYouMeetThem: string;
                winThemes: string[];
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create the battlecard of a competitor and one of our products (one per pair) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            competitorId: string;
            landmines?: string[];
            /** @description YYYY-MM-DD, not in the future; the caller becomes the reviewer */
            lastReviewedOn?: string | null;
            objections?: {
              objection: string;
              response: string;
            }[];
            ourStrengths?: {
              point: string;
              proof: string;
            }[];
            /** Format: uuid */
            productId: string;
            quickComparison?: {
              dimension: string;
              them: string;
              us: string;
            }[];
            theirStrengths?: string[];
            whenYouMeetThem?: string;
            winThemes?: string[];
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
            'application/json': {
              /** Format: uuid */
              competitorId: string;
              competitorName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Trap questions to plant */
              landmines: string[];
              lastReviewedBy: string | null;
              lastReviewedOn: string | null;
              objections: {
                objection: string;
                response: string;
              }[];
              ourStrengths: {
                point: string;
                proof: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              quickComparison: {
                dimension: string;
                them: string;
                us: string;
              }[];
              /** @description lastReviewedOn + 90 days; null when never reviewed */
              reviewDueOn: string | null;
              /** @description Never reviewed, or last reviewed more than 90 days ago */
              stale: boolean;
              /** @description Where they are honestly better */
              theirStrengths: string[];
              updatedAt: string;
              version: number;
              /** @description The deals and signals where this competitor shows up */
              whenYouMeetThem: string;
              winThemes: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/battlecards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A battlecard with its competitor and product names and whether it is stale */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** Format: uuid */
              competitorId: string;
              competitorName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Trap questions to plant */
              landmines: string[];
              lastReviewedBy: string | null;
              lastReviewedOn: string | null;
              objections: {
                objection: string;
                response: string;
              }[];
              ourStrengths: {
                point: string;
                proof: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              quickComparison: {
                dimension: string;
                them: string;
                us: string;
              }[];
              /** @description lastReviewedOn + 90 days; null when never reviewed */
              reviewDueOn: string | null;
              /** @description Never reviewed, or last reviewed more than 90 days ago */
              stale: boolean;
              /** @description Where they are honestly better */
              theirStrengths: string[];
              updatedAt: string;
              version: number;
              /** @description The deals and signals where this competitor shows up */
              whenYouMeetThem: string;
              winThemes: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a battlecard */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a battlecard */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            competitorId?: string;
            landmines?: string[];
            /** @description YYYY-MM-DD, not in the future; the caller becomes the reviewer */
            lastReviewedOn?: string | null;
            objections?: {
              objection: string;
              response: string;
            }[];
            ourStrengths?: {
              point: string;
              proof: string;
            }[];
            /** Format: uuid */
            productId?: string;
            quickComparison?: {
              dimension: string;
              them: string;
              us: string;
            }[];
            theirStrengths?: string[];
            version?: number;
            whenYouMeetThem?: string;
            winThemes?: string[];
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
            'application/json': {
              /** Format: uuid */
              competitorId: string;
              competitorName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Trap questions to plant */
              landmines: string[];
              lastReviewedBy: string | null;
              lastReviewedOn: string | null;
              objections: {
                objection: string;
                response: string;
              }[];
              ourStrengths: {
                point: string;
                proof: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              quickComparison: {
                dimension: string;
                them: string;
                us: string;
              }[];
              /** @description lastReviewedOn + 90 days; null when never reviewed */
              reviewDueOn: string | null;
              /** @description Never reviewed, or last reviewed more than 90 days ago */
              stale: boolean;
              /** @description Where they are honestly better */
              theirStrengths: string[];
              updatedAt: string;
              version: number;
              /** @description The deals and signals where this competitor shows up */
              whenYouMeetThem: string;
              winThemes: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/battlecards/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a battlecard reviewed today by the caller (fresh for another 90 days) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
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
            'application/json': {
              /** Format: uuid */
              competitorId: string;
              competitorName: string;
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Trap questions to plant */
              landmines: string[];
              lastReviewedBy: string | null;
              lastReviewedOn: string | null;
              objections: {
                objection: string;
                response: string;
              }[];
              ourStrengths: {
                point: string;
                proof: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              quickComparison: {
                dimension: string;
                them: string;
                us: string;
              }[];
              /** @description lastReviewedOn + 90 days; null when never reviewed */
              reviewDueOn: string | null;
              /** @description Never reviewed, or last reviewed more than 90 days ago */
              stale: boolean;
              /** @description Where they are honestly better */
              theirStrengths: string[];
              updatedAt: string;
              version: number;
              /** @description The deals and signals where this competitor shows up */
              whenYouMeetThem: string;
              winThemes: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/budget/rollup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A year of marketing budget: planned vs actual and committed spend per quarter and per program */
    get: {
      parameters: {
        query: {
          year: number;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              programs: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @description Spent to date exceeds the program’s whole budget */
                overBudget: boolean;
                plannedBudget: number;
                quarters: {
                  actual: number;
                  /** @description Campaigns' planned spend */
                  committed: number;
                  overBudget: boolean;
                  overCommitted: boolean;
                  planned: number;
                  quarter: number;
                  remaining: number;
                }[];
                spentToDate: number;
                /** @enum {string} */
                status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
                year: {
                  actual: number;
                  committed: number;
                  overBudget: boolean;
                  planned: number;
                  remaining: number;
                };
              }[];
              quarters: {
                actual: number;
                /** @description Campaigns' planned spend */
                committed: number;
                overBudget: boolean;
                overCommitted: boolean;
                planned: number;
                quarter: number;
                remaining: number;
              }[];
              totals: {
                actual: number;
                committed: number;
                overBudget: boolean;
                planned: number;
                remaining: number;
                unallocatedPlanned: number;
              };
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/budgets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Budget lines (sort: period (default), createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          /** @description A program id, or 'none' for unallocated lines */
          programId?: string | 'none';
          quarter?: number;
          sort?: string;
          year?: number;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                notes: string;
                planned: number;
                programId: string | null;
                quarter: number;
                updatedAt: string;
                version: number;
                year: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Plan budget for a quarter (one line per program and quarter) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            notes?: string;
            planned: number;
            /** @description A program, or none for the quarter's unallocated pool */
            programId?: string | null;
            quarter: number;
            year: number;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              notes: string;
              planned: number;
              programId: string | null;
              quarter: number;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/budgets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One budget line */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              notes: string;
              planned: number;
              programId: string | null;
              quarter: number;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a budget line */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a budget line */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            notes?: string;
            planned?: number;
            programId?: string | null;
            quarter?: number;
            version?: number;
            year?: number;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              notes: string;
              planned: number;
              programId: string | null;
              quarter: number;
              updatedAt: string;
              version: number;
              year: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The marketing calendar: campaigns, programs, launches and release dates in a range (≤ 400 days) */
    get: {
      parameters: {
        query: {
          /** @description Campaigns on this channel only */
          channel?:
            | 'email'
            | 'paid_search'
            | 'paid_social'
            | 'organic_social'
            | 'video_ads'
            | 'content'
            | 'seo'
            | 'website'
            | 'events'
            | 'pr'
            | 'webinar'
            | 'affiliate'
            | 'direct_sales'
            | 'in_product';
          from: string;
          /** @description Comma-separated: campaign, program, launch, release */
          kinds?: string;
          limit?: number;
          /** @description This program and its campaigns only */
          programId?: string;
          to: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              from: string;
              items: {
                channel:
                  | (
                      | 'email'
                      | 'paid_search'
                      | 'paid_social'
                      | 'organic_social'
                      | 'video_ads'
                      | 'content'
                      | 'seo'
                      | 'website'
                      | 'events'
                      | 'pr'
                      | 'webinar'
                      | 'affiliate'
                      | 'direct_sales'
                      | 'in_product'
                    )
                  | null;
                end: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'campaign' | 'program' | 'launch' | 'release';
                programId: string | null;
                releaseId: string | null;
                start: string;
                status: string;
                title: string;
              }[];
              to: string;
              /** @description More items fall in the range than `limit` */
              truncated: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Campaigns (sort: startDate (default), name, createdAt, actualSpend) */
    get: {
      parameters: {
        query?: {
          channel?: string;
          cursor?: string;
          /** @description Running on or after */
          from?: string;
          limit?: number;
          personaId?: string;
          programId?: string;
          /** @description Name or utm_campaign contains */
          q?: string;
          sort?: string;
          status?: string;
          /** @description Starting on or before */
          to?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                actualSpend: number;
                allowedTransitions: ('planned' | 'active' | 'paused' | 'completed' | 'cancelled')[];
                /** @enum {string} */
                channel:
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product';
                createdAt: string;
                description: string;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                landingUrl: string;
                name: string;
                personaId: string | null;
                plannedSpend: number;
                /** Format: uuid */
                programId: string;
                startDate: string | null;
                /** @enum {string} */
                status: 'planned' | 'active' | 'paused' | 'completed' | 'cancelled';
                targetMetrics: {
                  metric: string;
                  target: number;
                  unit?: string;
                }[];
                updatedAt: string;
                utm: {
                  campaign: string;
                  medium: string;
                  source: string;
                };
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a campaign in an accepted or running program */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            actualSpend?: number;
            /** @enum {string} */
            channel:
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product';
            description?: string;
            endDate?: string | null;
            /** @description Default destination for tagged links */
            landingUrl?: '' | string;
            name: string;
            /** @description The audience */
            personaId?: string | null;
            plannedSpend?: number;
            /** Format: uuid */
            programId: string;
            startDate?: string | null;
            targetMetrics?: {
              metric: string;
              target: number;
              unit?: string;
            }[];
            /** @description Normalised; defaults to the name, made unique with -2, -3…; a taken value given explicitly is 409 */
            utmCampaign?: string;
            /** @description Normalised; defaults by channel (paid_search → cpc, …) */
            utmMedium?: string;
            /** @description Normalised; defaults by channel */
            utmSource?: string;
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
            'application/json': {
              actualSpend: number;
              allowedTransitions: ('planned' | 'active' | 'paused' | 'completed' | 'cancelled')[];
              /** @enum {string} */
              channel:
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product';
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              landingUrl: string;
              name: string;
              personaId: string | null;
              plannedSpend: number;
              /** Format: uuid */
              programId: string;
              startDate: string | null;
              /** @enum {string} */
              status: 'planned' | 'active' | 'paused' | 'completed' | 'cancelled';
              targetMetrics: {
                metric: string;
                target: number;
                unit?: string;
              }[];
              updatedAt: string;
              utm: {
                campaign: string;
                medium: string;
                source: string;
              };
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              actualSpend: number;
              allowedTransitions: ('planned' | 'active' | 'paused' | 'completed' | 'cancelled')[];
              /** @enum {string} */
              channel:
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product';
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              landingUrl: string;
              name: string;
              personaId: string | null;
              plannedSpend: number;
              /** Format: uuid */
              programId: string;
              startDate: string | null;
              /** @enum {string} */
              status: 'planned' | 'active' | 'paused' | 'completed' | 'cancelled';
              targetMetrics: {
                metric: string;
                target: number;
                unit?: string;
              }[];
              updatedAt: string;
              utm: {
                campaign: string;
                medium: string;
                source: string;
              };
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a campaign with its links and touchpoints */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a campaign, its spend or its status */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            actualSpend?: number;
            /** @enum {string} */
            channel?:
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product';
            description?: string;
            endDate?: string | null;
            /** @description Default destination for tagged links */
            landingUrl?: '' | string;
            name?: string;
            /** @description The audience */
            personaId?: string | null;
            plannedSpend?: number;
            /** Format: uuid */
            programId?: string;
            startDate?: string | null;
            /**
             * @description planned → active → paused ↔ active → completed; any open status → cancelled
             * @enum {string}
             */
            status?: 'planned' | 'active' | 'paused' | 'completed' | 'cancelled';
            targetMetrics?: {
              metric: string;
              target: number;
              unit?: string;
            }[];
            /** @description Normalised; defaults to the name, made unique with -2, -3…; a taken value given explicitly is 409 */
            utmCampaign?: string;
            /** @description Normalised; defaults by channel (paid_search → cpc, …) */
            utmMedium?: string;
            /** @description Normalised; defaults by channel */
            utmSource?: string;
            version?: number;
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
            'application/json': {
              actualSpend: number;
              allowedTransitions: ('planned' | 'active' | 'paused' | 'completed' | 'cancelled')[];
              /** @enum {string} */
              channel:
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product';
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              landingUrl: string;
              name: string;
              personaId: string | null;
              plannedSpend: number;
              /** Format: uuid */
              programId: string;
              startDate: string | null;
              /** @enum {string} */
              status: 'planned' | 'active' | 'paused' | 'completed' | 'cancelled';
              targetMetrics: {
                metric: string;
                target: number;
                unit?: string;
              }[];
              updatedAt: string;
              utm: {
                campaign: string;
                medium: string;
                source: string;
              };
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/campaigns/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign's tagged links */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                /** Format: uuid */
                campaignId: string;
                createdAt: string;
                destinationUrl: string;
                /** Format: uuid */
                id: string;
                label: string;
                /** @description The destination tagged with the campaign's current UTM values */
                url: string;
                utmContent: string;
                utmTerm: string;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Generate a tagged link (UTM builder) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An absolute http(s) URL */
            destinationUrl: string;
            label?: string;
            /** @description Which ad or link (normalised) */
            utmContent?: string;
            /** @description Paid keyword (normalised) */
            utmTerm?: string;
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
            'application/json': {
              /** Format: uuid */
              campaignId: string;
              createdAt: string;
              destinationUrl: string;
              /** Format: uuid */
              id: string;
              label: string;
              /** @description The destination tagged with the campaign's current UTM values */
              url: string;
              utmContent: string;
              utmTerm: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/campaigns/{id}/links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a tagged link */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          linkId: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A campaign's journey, in order, with the copy each step quotes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                asset: string;
                campaignId: string | null;
                /** @enum {string} */
                channel:
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product';
                createdAt: string;
                /** Format: uuid */
                id: string;
                messageRef: string;
                /** @description The approved copy the reference points at */
                messageText: string | null;
                messagingId: string | null;
                notes: string;
                position: number;
                programId: string | null;
                /** @enum {string} */
                stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
                updatedAt: string;
                version: number;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a step to a campaign's journey (stages run awareness → consideration → conversion → retention) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The asset shown: a name or URL */
            asset?: string;
            /** @enum {string} */
            channel:
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product';
            /** @description headline | value_proposition | boilerplate_short | boilerplate_medium | boilerplate_long | elevator_pitch | pillar:N — a part of the approved messaging */
            messageRef?: string;
            /** @description Approved messaging the copy comes from */
            messagingId?: string | null;
            notes?: string;
            /** @description Insert here (1 = first); default: last */
            position?: number;
            /** @enum {string} */
            stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
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
            'application/json': {
              asset: string;
              campaignId: string | null;
              /** @enum {string} */
              channel:
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product';
              createdAt: string;
              /** Format: uuid */
              id: string;
              messageRef: string;
              /** @description The approved copy the reference points at */
              messageText: string | null;
              messagingId: string | null;
              notes: string;
              position: number;
              programId: string | null;
              /** @enum {string} */
              stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Reorder a campaign's journey */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Every step of the journey, in the new order */
            ids: string[];
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
            'application/json': {
              items: {
                asset: string;
                campaignId: string | null;
                /** @enum {string} */
                channel:
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product';
                createdAt: string;
                /** Format: uuid */
                id: string;
                messageRef: string;
                /** @description The approved copy the reference points at */
                messageText: string | null;
                messagingId: string | null;
                notes: string;
                position: number;
                programId: string | null;
                /** @enum {string} */
                stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
                updatedAt: string;
                version: number;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/changelog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The changelog: published public release notes, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Markdown */
                body: string;
                createdAt: string;
                createdBy: string | null;
                features: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                }[];
                /** Format: uuid */
                id: string;
                /** @description When it is (or will be) published; null while a draft */
                publishAt: string | null;
                /** @description publishAt has passed */
                published: boolean;
                /** Format: uuid */
                releaseId: string;
                releaseName: string;
                title: string;
                updatedAt: string;
                version: number;
                /** @enum {string} */
                visibility: 'internal' | 'public';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Comments on one entity (entityType + entityId) or by one author; oldest first
     * @description Sort: createdAt (default), updatedAt; prefix - for newest first.
     */
    get: {
      parameters: {
        query?: {
          authorId?: string;
          cursor?: string;
          entityId?: string;
          entityType?:
            | 'feature'
            | 'feedback'
            | 'release'
            | 'persona'
            | 'competitor'
            | 'battlecard'
            | 'positioning'
            | 'messaging'
            | 'launch'
            | 'release_note'
            | 'requirement'
            | 'program'
            | 'campaign';
          limit?: number;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                author: {
                  /** @description null for someone who is not a member here (an imported comment) */
                  id: string | null;
                  name: string;
                } | null;
                body: string;
                createdAt: string;
                /** Format: uuid */
                entityId: string;
                /** @enum {string} */
                entityType:
                  | 'feature'
                  | 'feedback'
                  | 'release'
                  | 'persona'
                  | 'competitor'
                  | 'battlecard'
                  | 'positioning'
                  | 'messaging'
                  | 'launch'
                  | 'release_note'
                  | 'requirement'
                  | 'program'
                  | 'campaign';
                /** Format: uuid */
                id: string;
                /** @description Members mentioned, resolved when the comment was last written */
                mentions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Comment on a feature, feedback item or release
     * @description Who may comment follows the ownership matrix (the "comment" contribution of the entity's artefact). The entity must be in this workspace (422 otherwise). Mentions: write `@[Display name](userId)` (what a client's member picker inserts) or
     *     `@email` of a member (e.g. `@ada@example.com`). Each member mentioned, other than the author, gets a
     *     notification. A mention naming no member of this workspace stays in the text as written and notifies no one.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Mention members as @[Display name](userId) or @their.email@example.com */
            body: string;
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            entityType:
              | 'feature'
              | 'feedback'
              | 'release'
              | 'persona'
              | 'competitor'
              | 'battlecard'
              | 'positioning'
              | 'messaging'
              | 'launch'
              | 'release_note'
              | 'requirement'
              | 'program'
              | 'campaign';
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
            'application/json': {
              author: {
                /** @description null for someone who is not a member here (an imported comment) */
                id: string | null;
                name: string;
              } | null;
              body: string;
              createdAt: string;
              /** Format: uuid */
              entityId: string;
              /** @enum {string} */
              entityType:
                | 'feature'
                | 'feedback'
                | 'release'
                | 'persona'
                | 'competitor'
                | 'battlecard'
                | 'positioning'
                | 'messaging'
                | 'launch'
                | 'release_note'
                | 'requirement'
                | 'program'
                | 'campaign';
              /** Format: uuid */
              id: string;
              /** @description Members mentioned, resolved when the comment was last written */
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/comments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A comment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              author: {
                /** @description null for someone who is not a member here (an imported comment) */
                id: string | null;
                name: string;
              } | null;
              body: string;
              createdAt: string;
              /** Format: uuid */
              entityId: string;
              /** @enum {string} */
              entityType:
                | 'feature'
                | 'feedback'
                | 'release'
                | 'persona'
                | 'competitor'
                | 'battlecard'
                | 'positioning'
                | 'messaging'
                | 'launch'
                | 'release_note'
                | 'requirement'
                | 'program'
                | 'campaign';
              /** Format: uuid */
              id: string;
              /** @description Members mentioned, resolved when the comment was last written */
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a comment (its author, or an admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Edit a comment (its author, or an admin)
     * @description Members newly mentioned are notified; those already mentioned are not again. Mentions: write `@[Display name](userId)` (what a client's member picker inserts) or
     *     `@email` of a member (e.g. `@ada@example.com`). Each member mentioned, other than the author, gets a
     *     notification. A mention naming no member of this workspace stays in the text as written and notifies no one.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Mention members as @[Display name](userId) or @their.email@example.com */
            body: string;
            version?: number;
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
            'application/json': {
              author: {
                /** @description null for someone who is not a member here (an imported comment) */
                id: string | null;
                name: string;
              } | null;
              body: string;
              createdAt: string;
              /** Format: uuid */
              entityId: string;
              /** @enum {string} */
              entityType:
                | 'feature'
                | 'feedback'
                | 'release'
                | 'persona'
                | 'competitor'
                | 'battlecard'
                | 'positioning'
                | 'messaging'
                | 'launch'
                | 'release_note'
                | 'requirement'
                | 'program'
                | 'campaign';
              /** Format: uuid */
              id: string;
              /** @description Members mentioned, resolved when the comment was last written */
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/competitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Competitors with their battlecard counts (sort: name (default), createdAt) */
    get: {
      parameters: {
        query?: {
          /** @description Category, ignoring case */
          category?: string;
          cursor?: string;
          limit?: number;
          /** @description Name contains */
          q?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Battlecards written against this competitor */
                battlecardCount: number;
                category: string;
                createdAt: string;
                description: string;
                /** Format: uuid */
                id: string;
                name: string;
                pricingNotes: string;
                strengths: string[];
                updatedAt: string;
                version: number;
                weaknesses: string[];
                website: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Record a competitor (names are unique, ignoring case) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Market category they compete in, e.g. "BI suite" */
            category?: string;
            description?: string;
            name: string;
            pricingNotes?: string;
            strengths?: string[];
            weaknesses?: string[];
            /** @description An http(s) URL, or empty */
            website?: '' | string;
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
            'application/json': {
              /** @description Battlecards written against this competitor */
              battlecardCount: number;
              category: string;
              createdAt: string;
              description: string;
              /** Format: uuid */
              id: string;
              name: string;
              pricingNotes: string;
              strengths: string[];
              updatedAt: string;
              version: number;
              weaknesses: string[];
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/competitors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A competitor with its battlecard count */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description Battlecards written against this competitor */
              battlecardCount: number;
              category: string;
              createdAt: string;
              description: string;
              /** Format: uuid */
              id: string;
              name: string;
              pricingNotes: string;
              strengths: string[];
              updatedAt: string;
              version: number;
              weaknesses: string[];
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a competitor with its battlecards */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a competitor */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Market category they compete in, e.g. "BI suite" */
            category?: string;
            description?: string;
            name?: string;
            pricingNotes?: string;
            strengths?: string[];
            version?: number;
            weaknesses?: string[];
            /** @description An http(s) URL, or empty */
            website?: '' | string;
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
            'application/json': {
              /** @description Battlecards written against this competitor */
              battlecardCount: number;
              category: string;
              createdAt: string;
              description: string;
              /** Format: uuid */
              id: string;
              name: string;
              pricingNotes: string;
              strengths: string[];
              updatedAt: string;
              version: number;
              weaknesses: string[];
              website: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts at customers (sort: name, createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          customerId?: string;
          limit?: number;
          /** @description Name or email contains */
          q?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                createdAt: string;
                /** Format: uuid */
                customerId: string;
                email: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                title: string | null;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a contact at a customer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            customerId: string;
            email?: string | null;
            name: string;
            /** @description Job title */
            title?: string | null;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              customerId: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contact */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              customerId: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a contact that no feedback names */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a contact */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            customerId?: string;
            email?: string | null;
            name?: string;
            /** @description Job title */
            title?: string | null;
            version?: number;
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
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              customerId: string;
              email: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              title: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers (sort: name, annualRevenue, createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          plan?: string;
          /** @description Name contains */
          q?: string;
          segment?: 'smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other';
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                annualRevenue: number;
                createdAt: string;
                externalId: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                plan: string | null;
                segment: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
                updatedAt: string;
                version: number;
                website: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a customer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Annual revenue in the workspace's currency */
            annualRevenue?: number;
            /** @description Id in the CRM or billing system; unique in the workspace */
            externalId?: string | null;
            name: string;
            plan?: string | null;
            segment?: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
            website?: string | null;
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
            'application/json': {
              annualRevenue: number;
              createdAt: string;
              externalId: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              plan: string | null;
              segment: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              annualRevenue: number;
              createdAt: string;
              externalId: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              plan: string | null;
              segment: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a customer without contacts or feedback */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a customer (a revenue change refreshes the demand of linked features) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Annual revenue in the workspace's currency */
            annualRevenue?: number;
            /** @description Id in the CRM or billing system; unique in the workspace */
            externalId?: string | null;
            name?: string;
            plan?: string | null;
            segment?: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
            version?: number;
            website?: string | null;
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
            'application/json': {
              annualRevenue: number;
              createdAt: string;
              externalId: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              plan: string | null;
              segment: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
              updatedAt: string;
              version: number;
              website: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/enablement/battlecards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A battlecard for sales, as Markdown or HTML */
    get: {
      parameters: {
        query?: {
          /** @description Send as an attachment with a file name */
          download?: 'true' | 'false';
          format?: 'markdown' | 'html';
        };
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/markdown or a self-contained text/html page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
            'text/markdown': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/enablement/launches/{id}/brief': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A launch brief: goals, scope, readiness by role, messaging, hand-off */
    get: {
      parameters: {
        query?: {
          /** @description Send as an attachment with a file name */
          download?: 'true' | 'false';
          format?: 'markdown' | 'html';
        };
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/markdown or a self-contained text/html page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
            'text/markdown': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/enablement/products/{id}/one-pager': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product one-pager: approved positioning statement, messaging for one persona, top shipped features */
    get: {
      parameters: {
        query?: {
          /** @description Send as an attachment with a file name */
          download?: 'true' | 'false';
          format?: 'markdown' | 'html';
          /** @description Default: the first persona with approved messaging */
          personaId?: string;
        };
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/markdown or a self-contained text/html page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
            'text/markdown': string;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
            'text/markdown': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the whole workspace as one JSON document (admin): backup, or move to another server */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A workspace export: tables members, products, customers, contacts, releases, personas, personaProducts, feedback, features, featureFeedback, scoringModels, competitors, battlecards, positionings, messaging, launches, launchTasks, launchTemplates, releaseNotes, releaseNoteFeatures, requirements, programs, programRequirements, campaigns, campaignLinks, touchpoints, affiliates, budgets, comments, activity, rows keyed by camelCase column names */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              exportedAt: string;
              /** @enum {string} */
              format: 'tandem-workspace';
              /** @enum {number} */
              formatVersion: 1;
              tables: {
                [key: string]: {
                  [key: string]: unknown;
                }[];
              };
              users: {
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              workspace: {
                /** Format: uuid */
                id: string;
                name: string;
              } & {
                [key: string]: unknown;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/features': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Features with score, rank and demand (sort: score, rank, title, createdAt, updatedAt, effort, feedbackCount, customerCount, customerRevenue) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          hasScore?: 'true' | 'false';
          limit?: number;
          ownerId?: string;
          personaId?: string;
          productId?: string;
          /** @description Title contains */
          q?: string;
          releaseId?: string | 'none';
          sort?: string;
          status?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                acceptanceCriteria: string[];
                allowedTransitions: (
                  'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do'
                )[];
                asA: string;
                createdAt: string;
                demand: {
                  customerCount: number;
                  customerRevenue: number;
                  feedbackCount: number;
                };
                description: string;
                effort: number | null;
                /** Format: uuid */
                id: string;
                iWant: string;
                ownerId: string | null;
                /** @description The buyer persona the story is about */
                personaId: string | null;
                /** Format: uuid */
                productId: string;
                /** @description Position among the product’s open features by score; ties share a rank */
                rank: number | null;
                releaseId: string | null;
                /** @description Computed by the server from the inputs and the product’s model */
                score: number | null;
                scoreInputs: {
                  /** @description RICE: percent 0–100; ICE: 1–10 */
                  confidence?: number;
                  /** @description ICE: 1–10 */
                  ease?: number;
                  /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
                  impact?: number;
                  /** @description Weighted scorecard: 0–10 per manual criterion key */
                  ratings?: {
                    [key: string]: number;
                  };
                  /** @description RICE: people or events per period */
                  reach?: number;
                  /** @description Value/effort: 1–10 */
                  value?: number;
                };
                soThat: string;
                /** @enum {string} */
                status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                title: string;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a feature (user story); the server computes its score */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            acceptanceCriteria?: string[];
            asA?: string;
            description?: string;
            effort?: number | null;
            iWant?: string;
            ownerId?: string | null;
            personaId?: string | null;
            /** Format: uuid */
            productId: string;
            releaseId?: string | null;
            scoreInputs?: {
              /** @description RICE: percent 0–100; ICE: 1–10 */
              confidence?: number;
              /** @description ICE: 1–10 */
              ease?: number;
              /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
              impact?: number;
              /** @description Weighted scorecard: 0–10 per manual criterion key */
              ratings?: {
                [key: string]: number;
              };
              /** @description RICE: people or events per period */
              reach?: number;
              /** @description Value/effort: 1–10 */
              value?: number;
            };
            soThat?: string;
            /** @enum {string} */
            status?: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
            title: string;
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
            'application/json': {
              acceptanceCriteria: string[];
              allowedTransitions: (
                'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do'
              )[];
              asA: string;
              createdAt: string;
              demand: {
                customerCount: number;
                customerRevenue: number;
                feedbackCount: number;
              };
              description: string;
              effort: number | null;
              /** Format: uuid */
              id: string;
              iWant: string;
              ownerId: string | null;
              /** @description The buyer persona the story is about */
              personaId: string | null;
              /** Format: uuid */
              productId: string;
              /** @description Position among the product’s open features by score; ties share a rank */
              rank: number | null;
              releaseId: string | null;
              /** @description Computed by the server from the inputs and the product’s model */
              score: number | null;
              scoreInputs: {
                /** @description RICE: percent 0–100; ICE: 1–10 */
                confidence?: number;
                /** @description ICE: 1–10 */
                ease?: number;
                /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
                impact?: number;
                /** @description Weighted scorecard: 0–10 per manual criterion key */
                ratings?: {
                  [key: string]: number;
                };
                /** @description RICE: people or events per period */
                reach?: number;
                /** @description Value/effort: 1–10 */
                value?: number;
              };
              soThat: string;
              /** @enum {string} */
              status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/features/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A feature with its score explained and its linked feedback */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              acceptanceCriteria: string[];
              allowedTransitions: (
                'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do'
              )[];
              asA: string;
              createdAt: string;
              demand: {
                customerCount: number;
                customerRevenue: number;
                feedbackCount: number;
              };
              description: string;
              effort: number | null;
              /** Format: uuid */
              id: string;
              iWant: string;
              /** @description The 20 most recent links; page through /feedback for all */
              linkedFeedback: {
                customer: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                excerpt: string;
                /** Format: uuid */
                feedbackId: string;
                /** @enum {string} */
                importance: 'nice_to_have' | 'important' | 'critical';
                linkedAt: string;
                status: string;
                title: string;
              }[];
              ownerId: string | null;
              /** @description The buyer persona the story is about */
              personaId: string | null;
              /** Format: uuid */
              productId: string;
              /** @description Position among the product’s open features by score; ties share a rank */
              rank: number | null;
              releaseId: string | null;
              /** @description Computed by the server from the inputs and the product’s model */
              score: number | null;
              scoreExplanation: {
                formula: string;
                missing: string[];
                model: string;
                terms: {
                  name: string;
                  note?: string;
                  value: number | null;
                }[];
              };
              scoreInputs: {
                /** @description RICE: percent 0–100; ICE: 1–10 */
                confidence?: number;
                /** @description ICE: 1–10 */
                ease?: number;
                /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
                impact?: number;
                /** @description Weighted scorecard: 0–10 per manual criterion key */
                ratings?: {
                  [key: string]: number;
                };
                /** @description RICE: people or events per period */
                reach?: number;
                /** @description Value/effort: 1–10 */
                value?: number;
              };
              soThat: string;
              /** @enum {string} */
              status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a feature with its feedback links and comments */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a feature; status moves follow the workflow */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            acceptanceCriteria?: string[];
            asA?: string;
            description?: string;
            effort?: number | null;
            iWant?: string;
            ownerId?: string | null;
            personaId?: string | null;
            /** Format: uuid */
            productId?: string;
            releaseId?: string | null;
            scoreInputs?: {
              /** @description RICE: percent 0–100; ICE: 1–10 */
              confidence?: number;
              /** @description ICE: 1–10 */
              ease?: number;
              /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
              impact?: number;
              /** @description Weighted scorecard: 0–10 per manual criterion key */
              ratings?: {
                [key: string]: number;
              };
              /** @description RICE: people or events per period */
              reach?: number;
              /** @description Value/effort: 1–10 */
              value?: number;
            };
            soThat?: string;
            /**
             * @description Workflow: idea → discovery | planned | wont_do; discovery → planned | idea | wont_do; planned → in_progress | discovery | wont_do; in_progress → shipped | planned; wont_do → idea; shipped is final
             * @enum {string}
             */
            status?: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
            title?: string;
            version?: number;
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
            'application/json': {
              acceptanceCriteria: string[];
              allowedTransitions: (
                'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do'
              )[];
              asA: string;
              createdAt: string;
              demand: {
                customerCount: number;
                customerRevenue: number;
                feedbackCount: number;
              };
              description: string;
              effort: number | null;
              /** Format: uuid */
              id: string;
              iWant: string;
              ownerId: string | null;
              /** @description The buyer persona the story is about */
              personaId: string | null;
              /** Format: uuid */
              productId: string;
              /** @description Position among the product’s open features by score; ties share a rank */
              rank: number | null;
              releaseId: string | null;
              /** @description Computed by the server from the inputs and the product’s model */
              score: number | null;
              scoreInputs: {
                /** @description RICE: percent 0–100; ICE: 1–10 */
                confidence?: number;
                /** @description ICE: 1–10 */
                ease?: number;
                /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
                impact?: number;
                /** @description Weighted scorecard: 0–10 per manual criterion key */
                ratings?: {
                  [key: string]: number;
                };
                /** @description RICE: people or events per period */
                reach?: number;
                /** @description Value/effort: 1–10 */
                value?: number;
              };
              soThat: string;
              /** @enum {string} */
              status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/features/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Feedback linked to a feature, newest link first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                customer: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                excerpt: string;
                /** Format: uuid */
                feedbackId: string;
                /** @enum {string} */
                importance: 'nice_to_have' | 'important' | 'critical';
                linkedAt: string;
                status: string;
                title: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Link feedback to a feature (one, or many with feedbackIds); demand and score follow */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** Format: uuid */
                feedbackId: string;
                /**
                 * @default important
                 * @enum {string}
                 */
                importance?: 'nice_to_have' | 'important' | 'critical';
              }
            | {
                feedbackIds: string[];
                /**
                 * @default important
                 * @enum {string}
                 */
                importance?: 'nice_to_have' | 'important' | 'critical';
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
            'application/json': {
              feature: {
                acceptanceCriteria: string[];
                allowedTransitions: (
                  'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do'
                )[];
                asA: string;
                createdAt: string;
                demand: {
                  customerCount: number;
                  customerRevenue: number;
                  feedbackCount: number;
                };
                description: string;
                effort: number | null;
                /** Format: uuid */
                id: string;
                iWant: string;
                ownerId: string | null;
                /** @description The buyer persona the story is about */
                personaId: string | null;
                /** Format: uuid */
                productId: string;
                /** @description Position among the product’s open features by score; ties share a rank */
                rank: number | null;
                releaseId: string | null;
                /** @description Computed by the server from the inputs and the product’s model */
                score: number | null;
                scoreInputs: {
                  /** @description RICE: percent 0–100; ICE: 1–10 */
                  confidence?: number;
                  /** @description ICE: 1–10 */
                  ease?: number;
                  /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
                  impact?: number;
                  /** @description Weighted scorecard: 0–10 per manual criterion key */
                  ratings?: {
                    [key: string]: number;
                  };
                  /** @description RICE: people or events per period */
                  reach?: number;
                  /** @description Value/effort: 1–10 */
                  value?: number;
                };
                soThat: string;
                /** @enum {string} */
                status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                title: string;
                updatedAt: string;
                version: number;
              };
              linked: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/features/{id}/feedback/{feedbackId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unlink feedback from a feature */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          feedbackId: string;
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change the importance of linked feedback */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          feedbackId: string;
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            importance: 'nice_to_have' | 'important' | 'critical';
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
            'application/json': {
              /** Format: uuid */
              feedbackId: string;
              /** @enum {string} */
              importance: 'nice_to_have' | 'important' | 'critical';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Feedback, newest first or by relevance to q (sort: createdAt, updatedAt, relevance) */
    get: {
      parameters: {
        query?: {
          /** @description Created at or after (ISO date-time) */
          createdAfter?: string;
          /** @description Created before (ISO date-time) */
          createdBefore?: string;
          cursor?: string;
          customerId?: string;
          limit?: number;
          /** @description Linked to at least one feature, or to none */
          linked?: 'true' | 'false';
          personaId?: string;
          productId?: string;
          /** @description Full-text search, web search syntax */
          q?: string;
          sentiment?: 'positive' | 'neutral' | 'negative';
          sort?: string;
          /** @description Comma-separated sources */
          source?: string;
          /** @description Comma-separated statuses */
          status?: string;
          tag?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Statuses this item may move to next */
                allowedTransitions: ('new' | 'triaged' | 'archived')[];
                contactId: string | null;
                createdAt: string;
                createdBy: string | null;
                customerId: string | null;
                /** Format: uuid */
                id: string;
                /** @description The buyer persona the item speaks for */
                personaId: string | null;
                productId: string | null;
                /** @description Relevance to q (ts_rank), null without q */
                rank: number | null;
                sentiment: ('positive' | 'neutral' | 'negative') | null;
                /** @enum {string} */
                source: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
                /** @enum {string} */
                status: 'new' | 'triaged' | 'archived';
                tags: string[];
                text: string;
                title: string;
                triagedAt: string | null;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Record feedback (every role but viewer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A contact alone brings its customer; with a customer it must be one of theirs */
            contactId?: string | null;
            customerId?: string | null;
            /** @description The buyer persona the item speaks for */
            personaId?: string | null;
            productId?: string | null;
            sentiment?: ('positive' | 'neutral' | 'negative') | null;
            /**
             * @default other
             * @enum {string}
             */
            source?: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
            tags?: string[];
            text: string;
            title?: string;
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
            'application/json': {
              /** @description Statuses this item may move to next */
              allowedTransitions: ('new' | 'triaged' | 'archived')[];
              contactId: string | null;
              createdAt: string;
              createdBy: string | null;
              customerId: string | null;
              /** Format: uuid */
              id: string;
              /** @description The buyer persona the item speaks for */
              personaId: string | null;
              productId: string | null;
              sentiment: ('positive' | 'neutral' | 'negative') | null;
              /** @enum {string} */
              source: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
              /** @enum {string} */
              status: 'new' | 'triaged' | 'archived';
              tags: string[];
              text: string;
              title: string;
              triagedAt: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/feedback/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A feedback item with its customer and linked features */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description Statuses this item may move to next */
              allowedTransitions: ('new' | 'triaged' | 'archived')[];
              contactId: string | null;
              createdAt: string;
              createdBy: string | null;
              customer: {
                annualRevenue: number;
                /** Format: uuid */
                id: string;
                name: string;
                segment: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
              } | null;
              customerId: string | null;
              features: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                importance: 'nice_to_have' | 'important' | 'critical';
                /** @enum {string} */
                status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description The buyer persona the item speaks for */
              personaId: string | null;
              productId: string | null;
              sentiment: ('positive' | 'neutral' | 'negative') | null;
              /** @enum {string} */
              source: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
              /** @enum {string} */
              status: 'new' | 'triaged' | 'archived';
              tags: string[];
              text: string;
              title: string;
              triagedAt: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a feedback item, its feature links and comments */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit or triage a feedback item (product management) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A contact alone brings its customer; with a customer it must be one of theirs */
            contactId?: string | null;
            customerId?: string | null;
            /** @description The buyer persona the item speaks for */
            personaId?: string | null;
            productId?: string | null;
            sentiment?: ('positive' | 'neutral' | 'negative') | null;
            /** @enum {string} */
            source?: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
            /**
             * @description new → triaged | archived; triaged → archived | new; archived → triaged
             * @enum {string}
             */
            status?: 'new' | 'triaged' | 'archived';
            tags?: string[];
            text?: string;
            title?: string;
            version?: number;
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
            'application/json': {
              /** @description Statuses this item may move to next */
              allowedTransitions: ('new' | 'triaged' | 'archived')[];
              contactId: string | null;
              createdAt: string;
              createdBy: string | null;
              customer: {
                annualRevenue: number;
                /** Format: uuid */
                id: string;
                name: string;
                segment: ('smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup' | 'other') | null;
              } | null;
              customerId: string | null;
              features: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                importance: 'nice_to_have' | 'important' | 'critical';
                /** @enum {string} */
                status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description The buyer persona the item speaks for */
              personaId: string | null;
              productId: string | null;
              sentiment: ('positive' | 'neutral' | 'negative') | null;
              /** @enum {string} */
              source: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
              /** @enum {string} */
              status: 'new' | 'triaged' | 'archived';
              tags: string[];
              text: string;
              title: string;
              triagedAt: string | null;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/feedback/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Triage, archive, reopen, tag, untag or set the product of up to 500 items, all or nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'triage' | 'archive' | 'reopen' | 'tag' | 'untag' | 'set_product' | 'set_persona';
            ids: string[];
            /** @description For set_persona: the buyer persona it speaks for (null clears it) */
            personaId?: string | null;
            /** @description For set_product (null clears it) */
            productId?: string | null;
            /** @description For tag and untag */
            tags?: string[];
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
            'application/json': {
              items: {
                /** @description Statuses this item may move to next */
                allowedTransitions: ('new' | 'triaged' | 'archived')[];
                contactId: string | null;
                createdAt: string;
                createdBy: string | null;
                customerId: string | null;
                /** Format: uuid */
                id: string;
                /** @description The buyer persona the item speaks for */
                personaId: string | null;
                productId: string | null;
                sentiment: ('positive' | 'neutral' | 'negative') | null;
                /** @enum {string} */
                source: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
                /** @enum {string} */
                status: 'new' | 'triaged' | 'archived';
                tags: string[];
                text: string;
                title: string;
                triagedAt: string | null;
                updatedAt: string;
                version: number;
              }[];
              updated: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/feedback/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import feedback from CSV (columns: text, title, source, sentiment, tags, customer, contact_email, product, persona, created_at; at most 10000 rows); valid rows are imported, the others reported */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            csv: string;
            /** @description Check every row and report, without writing anything */
            dryRun?: boolean;
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
            'application/json': {
              /** @description Rows imported (with dryRun: rows that would be) */
              imported: number;
              rejected: {
                errors: {
                  column: string;
                  message: string;
                }[];
                /** @description Data row, counted from 1 after the header (blank lines not counted) */
                row: number;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pending invitations (admin) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                acceptedAt: string | null;
                createdAt: string;
                email: string;
                expiresAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
                /** @enum {string} */
                status: 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Invite an email address with a role (admin); the answer carries the one-time token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
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
            'application/json': {
              invitation: {
                acceptedAt: string | null;
                createdAt: string;
                email: string;
                expiresAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
                /** @enum {string} */
                status: 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';
                version: number;
              };
              /** @enum {string} */
              kind: 'invitation';
              token: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a pending invitation (admin) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/launch-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The task template of each tier as this workspace uses it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description The built-in template (the workspace has not saved its own) */
                isDefault: boolean;
                tasks: {
                  description: string;
                  offsetDays: number;
                  /** @enum {string} */
                  ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                  title: string;
                }[];
                /** @description 1 major, 2 notable, 3 minor */
                tier: 1 | 2 | 3;
                version: number | null;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/launch-templates/{tier}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a tier's task template for this workspace (existing launches keep their tasks) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tier: number;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            tasks: {
              /** @default  */
              description?: string;
              /** @description Days from the launch date (negative: before) */
              offsetDays: number;
              /** @enum {string} */
              ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
              title: string;
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
            'application/json': {
              /** @description The built-in template (the workspace has not saved its own) */
              isDefault: boolean;
              tasks: {
                description: string;
                offsetDays: number;
                /** @enum {string} */
                ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                title: string;
              }[];
              /** @description 1 major, 2 notable, 3 minor */
              tier: 1 | 2 | 3;
              version: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    /** Reset a tier's template to the built-in default (29, 12 and 5 tasks) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tier: number;
          workspaceId: string;
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
            'application/json': {
              /** @description The built-in template (the workspace has not saved its own) */
              isDefault: boolean;
              tasks: {
                description: string;
                offsetDays: number;
                /** @enum {string} */
                ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                title: string;
              }[];
              /** @description 1 major, 2 notable, 3 minor */
              tier: 1 | 2 | 3;
              version: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/launches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Launches with their readiness (sort: launchDate (default), createdAt, name) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          /** @description Launch date on or after */
          from?: string;
          limit?: number;
          /** @description Has open tasks past due */
          overdue?: 'true' | 'false';
          productId?: string;
          releaseId?: string;
          sort?: string;
          status?: string;
          tier?: number;
          /** @description Launch date on or before */
          to?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                allowedTransitions: ('planned' | 'in_progress' | 'launched' | 'cancelled')[];
                createdAt: string;
                description: string;
                goals: string[];
                /** Format: uuid */
                id: string;
                launchDate: string;
                name: string;
                ownerId: string | null;
                productId: string | null;
                readiness: {
                  byRole: {
                    marketer: {
                      done: number;
                      total: number;
                    };
                    product_manager: {
                      done: number;
                      total: number;
                    };
                    product_marketer: {
                      done: number;
                      total: number;
                    };
                    sales: {
                      done: number;
                      total: number;
                    };
                  };
                  done: number;
                  overdue: {
                    dueDate: string;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                    title: string;
                  }[];
                  /** @description Share of done tasks, 0–100 */
                  percent: number;
                  /** @description Tasks that count: all but skipped */
                  total: number;
                };
                releaseId: string | null;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'launched' | 'cancelled';
                /** @description 1 major, 2 notable, 3 minor */
                tier: 1 | 2 | 3;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a launch; its tasks are generated from the tier's template, due relative to the launch date */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            goals?: string[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            launchDate: string;
            name: string;
            /** @description A member of the workspace */
            ownerId?: string | null;
            /** @description Defaults to the release's product */
            productId?: string | null;
            /** @description The release this launch announces (one launch per release) */
            releaseId?: string | null;
            /** @description 1 major, 2 notable, 3 minor */
            tier: 1 | 2 | 3;
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
            'application/json': {
              allowedTransitions: ('planned' | 'in_progress' | 'launched' | 'cancelled')[];
              createdAt: string;
              description: string;
              goals: string[];
              /** Format: uuid */
              id: string;
              launchDate: string;
              name: string;
              ownerId: string | null;
              productId: string | null;
              readiness: {
                byRole: {
                  marketer: {
                    done: number;
                    total: number;
                  };
                  product_manager: {
                    done: number;
                    total: number;
                  };
                  product_marketer: {
                    done: number;
                    total: number;
                  };
                  sales: {
                    done: number;
                    total: number;
                  };
                };
                done: number;
                overdue: {
                  dueDate: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                  title: string;
                }[];
                /** @description Share of done tasks, 0–100 */
                percent: number;
                /** @description Tasks that count: all but skipped */
                total: number;
              };
              releaseId: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'launched' | 'cancelled';
              /** @description 1 major, 2 notable, 3 minor */
              tier: 1 | 2 | 3;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/launches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A launch with its readiness */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              allowedTransitions: ('planned' | 'in_progress' | 'launched' | 'cancelled')[];
              createdAt: string;
              description: string;
              goals: string[];
              /** Format: uuid */
              id: string;
              launchDate: string;
              name: string;
              ownerId: string | null;
              productId: string | null;
              readiness: {
                byRole: {
                  marketer: {
                    done: number;
                    total: number;
                  };
                  product_manager: {
                    done: number;
                    total: number;
                  };
                  product_marketer: {
                    done: number;
                    total: number;
                  };
                  sales: {
                    done: number;
                    total: number;
                  };
                };
                done: number;
                overdue: {
                  dueDate: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                  title: string;
                }[];
                /** @description Share of done tasks, 0–100 */
                percent: number;
                /** @description Tasks that count: all but skipped */
                total: number;
              };
              releaseId: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'launched' | 'cancelled';
              /** @description 1 major, 2 notable, 3 minor */
              tier: 1 | 2 | 3;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a launch and its tasks */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a launch; a new launch date moves the open tasks with it */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            goals?: string[];
            /**
             * Format: date
             * @description Moving it moves open tasks' due dates with it
             */
            launchDate?: string;
            name?: string;
            /** @description A member of the workspace */
            ownerId?: string | null;
            /** @description Defaults to the release's product */
            productId?: string | null;
            /** @description The release this launch announces (one launch per release) */
            releaseId?: string | null;
            /**
             * @description Workflow: planned → in_progress | cancelled; in_progress → launched | planned | cancelled; cancelled → planned; launched is final
             * @enum {string}
             */
            status?: 'planned' | 'in_progress' | 'launched' | 'cancelled';
            /** @description Changing the tier keeps the task list as it is */
            tier?: 1 | 2 | 3;
            version?: number;
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
            'application/json': {
              allowedTransitions: ('planned' | 'in_progress' | 'launched' | 'cancelled')[];
              createdAt: string;
              description: string;
              goals: string[];
              /** Format: uuid */
              id: string;
              launchDate: string;
              name: string;
              ownerId: string | null;
              productId: string | null;
              readiness: {
                byRole: {
                  marketer: {
                    done: number;
                    total: number;
                  };
                  product_manager: {
                    done: number;
                    total: number;
                  };
                  product_marketer: {
                    done: number;
                    total: number;
                  };
                  sales: {
                    done: number;
                    total: number;
                  };
                };
                done: number;
                overdue: {
                  dueDate: string;
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                  title: string;
                }[];
                /** @description Share of done tasks, 0–100 */
                percent: number;
                /** @description Tasks that count: all but skipped */
                total: number;
              };
              releaseId: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'launched' | 'cancelled';
              /** @description 1 major, 2 notable, 3 minor */
              tier: 1 | 2 | 3;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/launches/{id}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A launch's task list in order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                assigneeId: string | null;
                completedAt: string | null;
                createdAt: string;
                description: string;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                launchId: string;
                offsetDays: number;
                /** @enum {string} */
                ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
                position: number;
                /** @enum {string} */
                status: 'open' | 'done' | 'skipped';
                title: string;
                updatedAt: string;
                version: number;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a task to a launch (due by offsetDays or dueDate) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assigneeId?: string | null;
            description?: string;
            /**
             * Format: date
             * @description Alternative to offsetDays
             */
            dueDate?: string;
            /** @description Days from the launch date (negative: before) */
            offsetDays?: number;
            /** @enum {string} */
            ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
            title: string;
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
            'application/json': {
              assigneeId: string | null;
              completedAt: string | null;
              createdAt: string;
              description: string;
              dueDate: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              launchId: string;
              offsetDays: number;
              /** @enum {string} */
              ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
              position: number;
              /** @enum {string} */
              status: 'open' | 'done' | 'skipped';
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/launches/{id}/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a task from a launch */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          taskId: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a task (the task's own role may change only its status and assignee) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          taskId: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assigneeId?: string | null;
            description?: string;
            /** Format: date */
            dueDate?: string;
            /** @description Days from the launch date (negative: before) */
            offsetDays?: number;
            /** @enum {string} */
            ownerRole?: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
            position?: number;
            /** @enum {string} */
            status?: 'open' | 'done' | 'skipped';
            title?: string;
            version?: number;
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
            'application/json': {
              assigneeId: string | null;
              completedAt: string | null;
              createdAt: string;
              description: string;
              dueDate: string;
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              launchId: string;
              offsetDays: number;
              /** @enum {string} */
              ownerRole: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
              position: number;
              /** @enum {string} */
              status: 'open' | 'done' | 'skipped';
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members (sort: name, email, role, createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          role?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                createdAt: string;
                email: string;
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
                /** Format: uuid */
                userId: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a member (admin): always an invitation the invitee accepts; the same answer whether or not the address has an account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              invitation: {
                acceptedAt: string | null;
                createdAt: string;
                email: string;
                expiresAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
                /** @enum {string} */
                status: 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';
                version: number;
              };
              /** @enum {string} */
              kind: 'invitation';
              token: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              email: string;
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
              /** Format: uuid */
              userId: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a member (admin), or leave (yourself) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a member's role (admin) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
            version?: number;
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
            'application/json': {
              createdAt: string;
              email: string;
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'product_manager' | 'product_marketer' | 'marketer' | 'sales' | 'viewer';
              /** Format: uuid */
              userId: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/messaging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messaging versions (sort: revision (default, newest first), updatedAt, createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          personaId?: string;
          productId?: string;
          sort?: string;
          status?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description What the caller may do next with this version */
                allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
                /** @description What keeps this version from approval (empty when ready) */
                approvalMissing: string[];
                approvedAt: string | null;
                approvedBy: string | null;
                basedOnId: string | null;
                boilerplateLong: string;
                boilerplateMedium: string;
                boilerplateShort: string;
                createdAt: string;
                createdBy: string | null;
                elevatorPitch: string;
                headline: string;
                /** Format: uuid */
                id: string;
                /** @description This is the approved version */
                isCurrent: boolean;
                /** Format: uuid */
                personaId: string;
                personaName: string;
                pillars: {
                  description: string;
                  proofPoints: string[];
                  title: string;
                }[];
                /** Format: uuid */
                productId: string;
                productName: string;
                reviewComment: string;
                revision: number;
                /** @enum {string} */
                status: 'draft' | 'in_review' | 'approved' | 'superseded';
                submittedAt: string | null;
                submittedBy: string | null;
                updatedAt: string;
                valueProposition: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Start a new messaging draft for a product and persona */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Copy from this version; default: the approved one */
            basedOnId?: string | null;
            /** @description ≤ 2000 characters */
            boilerplateLong?: string;
            /** @description ≤ 700 characters */
            boilerplateMedium?: string;
            /** @description ≤ 280 characters */
            boilerplateShort?: string;
            /** @description ≤ 600 characters */
            elevatorPitch?: string;
            headline?: string;
            /** Format: uuid */
            personaId: string;
            /** @description Up to 5; approval needs 3–5, each with a proof point */
            pillars?: {
              /** @default  */
              description?: string;
              /** @default [] */
              proofPoints?: string[];
              title: string;
            }[];
            /** Format: uuid */
            productId: string;
            valueProposition?: string;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/messaging/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One messaging version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a messaging draft */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a messaging draft (product marketing owns the words) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description ≤ 2000 characters */
            boilerplateLong?: string;
            /** @description ≤ 700 characters */
            boilerplateMedium?: string;
            /** @description ≤ 280 characters */
            boilerplateShort?: string;
            /** @description ≤ 600 characters */
            elevatorPitch?: string;
            headline?: string;
            /** @description Up to 5; approval needs 3–5, each with a proof point */
            pillars?: {
              /** @default  */
              description?: string;
              /** @default [] */
              proofPoints?: string[];
              title: string;
            }[];
            valueProposition?: string;
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/messaging/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve messaging in review (3–5 pillars with proof; supersedes the approved one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/messaging/{id}/send-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send messaging in review back to draft with a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What to change */
            comment: string;
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/messaging/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a messaging draft for review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/messaging/approved': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The approved messaging for a product and persona: the copy source (404 when none) */
    get: {
      parameters: {
        query: {
          personaId: string;
          productId: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              /** @description What keeps this version from approval (empty when ready) */
              approvalMissing: string[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              boilerplateLong: string;
              boilerplateMedium: string;
              boilerplateShort: string;
              createdAt: string;
              createdBy: string | null;
              elevatorPitch: string;
              headline: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              /** Format: uuid */
              personaId: string;
              personaName: string;
              pillars: {
                description: string;
                proofPoints: string[];
                title: string;
              }[];
              /** Format: uuid */
              productId: string;
              productName: string;
              reviewComment: string;
              revision: number;
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              updatedAt: string;
              valueProposition: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/messaging/matrix': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The persona × messaging matrix of a product: approved copy and latest version per persona */
    get: {
      parameters: {
        query: {
          productId: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              /** Format: uuid */
              productId: string;
              rows: {
                approved: {
                  /** @description What the caller may do next with this version */
                  allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
                  /** @description What keeps this version from approval (empty when ready) */
                  approvalMissing: string[];
                  approvedAt: string | null;
                  approvedBy: string | null;
                  basedOnId: string | null;
                  boilerplateLong: string;
                  boilerplateMedium: string;
                  boilerplateShort: string;
                  createdAt: string;
                  createdBy: string | null;
                  elevatorPitch: string;
                  headline: string;
                  /** Format: uuid */
                  id: string;
                  /** @description This is the approved version */
                  isCurrent: boolean;
                  /** Format: uuid */
                  personaId: string;
                  personaName: string;
                  pillars: {
                    description: string;
                    proofPoints: string[];
                    title: string;
                  }[];
                  /** Format: uuid */
                  productId: string;
                  productName: string;
                  reviewComment: string;
                  revision: number;
                  /** @enum {string} */
                  status: 'draft' | 'in_review' | 'approved' | 'superseded';
                  submittedAt: string | null;
                  submittedBy: string | null;
                  updatedAt: string;
                  valueProposition: string;
                  version: number;
                } | null;
                latest: {
                  /** Format: uuid */
                  id: string;
                  revision: number;
                  /** @enum {string} */
                  status: 'draft' | 'in_review' | 'approved' | 'superseded';
                } | null;
                persona: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  title: string;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/personas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Buyer personas (sort: name (default), createdAt, updatedAt) */
    get: {
      parameters: {
        query?: {
          buyingRole?:
            | 'economic_buyer'
            | 'decision_maker'
            | 'technical_evaluator'
            | 'champion'
            | 'influencer'
            | 'user'
            | 'gatekeeper';
          cursor?: string;
          limit?: number;
          /** @description Personas linked to this product */
          productId?: string;
          /** @description Name or title contains */
          q?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                buyingRole:
                  | (
                      | 'economic_buyer'
                      | 'decision_maker'
                      | 'technical_evaluator'
                      | 'champion'
                      | 'influencer'
                      | 'user'
                      | 'gatekeeper'
                    )
                  | null;
                createdAt: string;
                demographics: string;
                description: string;
                firmographics: string;
                goals: string[];
                /** Format: uuid */
                id: string;
                motivations: string[];
                name: string;
                objections: string[];
                pains: string[];
                preferredChannels: (
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product'
                )[];
                /** @description Products this persona buys or uses */
                productIds: string[];
                title: string;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a persona (names are unique, ignoring case) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            buyingRole?:
              | (
                  | 'economic_buyer'
                  | 'decision_maker'
                  | 'technical_evaluator'
                  | 'champion'
                  | 'influencer'
                  | 'user'
                  | 'gatekeeper'
                )
              | null;
            /** @description Age, seniority, background */
            demographics?: string;
            description?: string;
            /** @description Company size, industry, region, tech stack */
            firmographics?: string;
            goals?: string[];
            motivations?: string[];
            name: string;
            objections?: string[];
            pains?: string[];
            preferredChannels?: (
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product'
            )[];
            /** @description Linked products; on update, replaces the whole set */
            productIds?: string[];
            /** @description Role or job title, e.g. "VP of Data" */
            title?: string;
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
            'application/json': {
              buyingRole:
                | (
                    | 'economic_buyer'
                    | 'decision_maker'
                    | 'technical_evaluator'
                    | 'champion'
                    | 'influencer'
                    | 'user'
                    | 'gatekeeper'
                  )
                | null;
              createdAt: string;
              demographics: string;
              description: string;
              firmographics: string;
              goals: string[];
              /** Format: uuid */
              id: string;
              motivations: string[];
              name: string;
              objections: string[];
              pains: string[];
              preferredChannels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              /** @description Products this persona buys or uses */
              productIds: string[];
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/personas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A persona with its products and how much feedback and how many features mention it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              buyingRole:
                | (
                    | 'economic_buyer'
                    | 'decision_maker'
                    | 'technical_evaluator'
                    | 'champion'
                    | 'influencer'
                    | 'user'
                    | 'gatekeeper'
                  )
                | null;
              createdAt: string;
              demographics: string;
              description: string;
              /** @description Features written for this persona */
              featureCount: number;
              /** @description Feedback items that speak for this persona */
              feedbackCount: number;
              firmographics: string;
              goals: string[];
              /** Format: uuid */
              id: string;
              motivations: string[];
              name: string;
              objections: string[];
              pains: string[];
              preferredChannels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              /** @description Products this persona buys or uses */
              productIds: string[];
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a persona; feedback and features lose the mention; refused while messaging, requirements or campaigns use it */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a persona; productIds replaces the linked products */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            buyingRole?:
              | (
                  | 'economic_buyer'
                  | 'decision_maker'
                  | 'technical_evaluator'
                  | 'champion'
                  | 'influencer'
                  | 'user'
                  | 'gatekeeper'
                )
              | null;
            /** @description Age, seniority, background */
            demographics?: string;
            description?: string;
            /** @description Company size, industry, region, tech stack */
            firmographics?: string;
            goals?: string[];
            motivations?: string[];
            name?: string;
            objections?: string[];
            pains?: string[];
            preferredChannels?: (
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product'
            )[];
            /** @description Linked products; on update, replaces the whole set */
            productIds?: string[];
            /** @description Role or job title, e.g. "VP of Data" */
            title?: string;
            version?: number;
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
            'application/json': {
              buyingRole:
                | (
                    | 'economic_buyer'
                    | 'decision_maker'
                    | 'technical_evaluator'
                    | 'champion'
                    | 'influencer'
                    | 'user'
                    | 'gatekeeper'
                  )
                | null;
              createdAt: string;
              demographics: string;
              description: string;
              /** @description Features written for this persona */
              featureCount: number;
              /** @description Feedback items that speak for this persona */
              feedbackCount: number;
              firmographics: string;
              goals: string[];
              /** Format: uuid */
              id: string;
              motivations: string[];
              name: string;
              objections: string[];
              pains: string[];
              preferredChannels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              /** @description Products this persona buys or uses */
              productIds: string[];
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/personas/{id}/features': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Features written for the persona, best score first (unscored last) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                acceptanceCriteria: string[];
                allowedTransitions: (
                  'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do'
                )[];
                asA: string;
                createdAt: string;
                demand: {
                  customerCount: number;
                  customerRevenue: number;
                  feedbackCount: number;
                };
                description: string;
                effort: number | null;
                /** Format: uuid */
                id: string;
                iWant: string;
                ownerId: string | null;
                /** @description The buyer persona the story is about */
                personaId: string | null;
                /** Format: uuid */
                productId: string;
                /** @description Position among the product’s open features by score; ties share a rank */
                rank: number | null;
                releaseId: string | null;
                /** @description Computed by the server from the inputs and the product’s model */
                score: number | null;
                scoreInputs: {
                  /** @description RICE: percent 0–100; ICE: 1–10 */
                  confidence?: number;
                  /** @description ICE: 1–10 */
                  ease?: number;
                  /** @description RICE: 0.25, 0.5, 1, 2 or 3; ICE: 1–10 */
                  impact?: number;
                  /** @description Weighted scorecard: 0–10 per manual criterion key */
                  ratings?: {
                    [key: string]: number;
                  };
                  /** @description RICE: people or events per period */
                  reach?: number;
                  /** @description Value/effort: 1–10 */
                  value?: number;
                };
                soThat: string;
                /** @enum {string} */
                status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                title: string;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/personas/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Feedback that speaks for the persona, newest first */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Statuses this item may move to next */
                allowedTransitions: ('new' | 'triaged' | 'archived')[];
                contactId: string | null;
                createdAt: string;
                createdBy: string | null;
                customerId: string | null;
                /** Format: uuid */
                id: string;
                /** @description The buyer persona the item speaks for */
                personaId: string | null;
                productId: string | null;
                sentiment: ('positive' | 'neutral' | 'negative') | null;
                /** @enum {string} */
                source: 'sales_call' | 'support' | 'survey' | 'portal' | 'email' | 'api' | 'other';
                /** @enum {string} */
                status: 'new' | 'triaged' | 'archived';
                tags: string[];
                text: string;
                title: string;
                triagedAt: string | null;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/positioning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Positioning versions (sort: revision (default, newest first), updatedAt, createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          productId?: string;
          sort?: string;
          status?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description What the caller may do next with this version */
                allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
                approvedAt: string | null;
                approvedBy: string | null;
                basedOnId: string | null;
                competitiveAlternatives: string[];
                createdAt: string;
                createdBy: string | null;
                customerNeed: string;
                /** Format: uuid */
                id: string;
                /** @description This is the approved version */
                isCurrent: boolean;
                marketCategory: string;
                /** Format: uuid */
                productId: string;
                productName: string;
                relevantTrends: string[];
                reviewComment: string;
                revision: number;
                /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
                statement: string | null;
                /** @description Fields the statement still needs */
                statementMissing: string[];
                /** @enum {string} */
                status: 'draft' | 'in_review' | 'approved' | 'superseded';
                submittedAt: string | null;
                submittedBy: string | null;
                targetCustomer: string;
                uniqueAttributes: string[];
                updatedAt: string;
                valueThemes: {
                  proof: string;
                  theme: string;
                }[];
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Start a new draft of a product’s positioning (the approved version is untouched) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Copy from this version; default: the approved one */
            basedOnId?: string | null;
            /** @description What customers would use if the product did not exist */
            competitiveAlternatives?: string[];
            /** @description Their need, as it ends "who …" */
            customerNeed?: string;
            marketCategory?: string;
            /** Format: uuid */
            productId: string;
            relevantTrends?: string[];
            /** @description Characteristics of the customers who care most */
            targetCustomer?: string;
            /** @description What the product has that the alternatives lack (noun phrases) */
            uniqueAttributes?: string[];
            /** @description Value themes (noun phrases) with proof */
            valueThemes?: {
              proof: string;
              theme: string;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/positioning/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One positioning version */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a draft (other statuses are history: start a new draft) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What customers would use if the product did not exist */
            competitiveAlternatives?: string[];
            /** @description Their need, as it ends "who …" */
            customerNeed?: string;
            marketCategory?: string;
            relevantTrends?: string[];
            /** @description Characteristics of the customers who care most */
            targetCustomer?: string;
            /** @description What the product has that the alternatives lack (noun phrases) */
            uniqueAttributes?: string[];
            /** @description Value themes (noun phrases) with proof */
            valueThemes?: {
              proof: string;
              theme: string;
            }[];
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/positioning/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a version in review (needs a complete statement; supersedes the approved one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/positioning/{id}/send-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a version in review back to draft with a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description What to change */
            comment: string;
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/positioning/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a draft for review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Products and product lines (sort: name, createdAt, updatedAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          /** @description "none" for top-level products */
          parentId?: string | 'none';
          /** @description Name contains */
          q?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                createdAt: string;
                description: string;
                function: string;
                /** Format: uuid */
                id: string;
                name: string;
                parentId: string | null;
                targetDemographic: string;
                updatedAt: string;
                value: string;
                version: number;
                vision: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a product */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            /** @description What the product is for */
            function?: string;
            name: string;
            /** @description Product line this product belongs to */
            parentId?: string | null;
            targetDemographic?: string;
            /** @description Which problems it solves for whom */
            value?: string;
            vision?: string;
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
            'application/json': {
              createdAt: string;
              description: string;
              function: string;
              /** Format: uuid */
              id: string;
              name: string;
              parentId: string | null;
              targetDemographic: string;
              updatedAt: string;
              value: string;
              version: number;
              vision: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              description: string;
              function: string;
              /** Format: uuid */
              id: string;
              name: string;
              parentId: string | null;
              targetDemographic: string;
              updatedAt: string;
              value: string;
              version: number;
              vision: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a product without children or features */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a product */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description?: string;
            /** @description What the product is for */
            function?: string;
            name?: string;
            /** @description Product line this product belongs to */
            parentId?: string | null;
            targetDemographic?: string;
            /** @description Which problems it solves for whom */
            value?: string;
            version?: number;
            vision?: string;
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
            'application/json': {
              createdAt: string;
              description: string;
              function: string;
              /** Format: uuid */
              id: string;
              name: string;
              parentId: string | null;
              targetDemographic: string;
              updatedAt: string;
              value: string;
              version: number;
              vision: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/products/{productId}/positioning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A product’s approved positioning and its statement (404 when none is approved) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          productId: string;
          workspaceId: string;
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
            'application/json': {
              /** @description What the caller may do next with this version */
              allowedActions: ('update' | 'delete' | 'submit' | 'approve' | 'send_back' | 'new_draft')[];
              approvedAt: string | null;
              approvedBy: string | null;
              basedOnId: string | null;
              competitiveAlternatives: string[];
              createdAt: string;
              createdBy: string | null;
              customerNeed: string;
              /** Format: uuid */
              id: string;
              /** @description This is the approved version */
              isCurrent: boolean;
              marketCategory: string;
              /** Format: uuid */
              productId: string;
              productName: string;
              relevantTrends: string[];
              reviewComment: string;
              revision: number;
              /** @description "For <target> who <need>, <product> is a <category> that …" — null while fields are missing */
              statement: string | null;
              /** @description Fields the statement still needs */
              statementMissing: string[];
              /** @enum {string} */
              status: 'draft' | 'in_review' | 'approved' | 'superseded';
              submittedAt: string | null;
              submittedBy: string | null;
              targetCustomer: string;
              uniqueAttributes: string[];
              updatedAt: string;
              valueThemes: {
                proof: string;
                theme: string;
              }[];
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/products/{productId}/scoring-model': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The scoring model of a product (404 when it has none and scores with RICE) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          productId: string;
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              criteria: {
                key: string;
                label: string;
                /** @description Raw demand value worth the full 10 points */
                saturation?: number;
                /** @enum {string} */
                source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
                weight: number;
              }[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'rice' | 'ice' | 'value_effort' | 'weighted';
              /** Format: uuid */
              productId: string;
              /** @description Features whose score changed with this write */
              rescored?: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/programs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Programs with their requirements and spend (sort: startDate (default), createdAt, name) */
    get: {
      parameters: {
        query?: {
          channel?:
            | 'email'
            | 'paid_search'
            | 'paid_social'
            | 'organic_social'
            | 'video_ads'
            | 'content'
            | 'seo'
            | 'website'
            | 'events'
            | 'pr'
            | 'webinar'
            | 'affiliate'
            | 'direct_sales'
            | 'in_product';
          cursor?: string;
          /** @description Running on or after */
          from?: string;
          limit?: number;
          ownerId?: string;
          requirementId?: string;
          sort?: string;
          status?: string;
          /** @description Starting on or before */
          to?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Its campaigns' actual spend */
                actualSpend: number;
                /** @description Statuses the caller may move it to */
                allowedTransitions: (
                  'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
                )[];
                campaignCount: number;
                channels: (
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product'
                )[];
                createdAt: string;
                description: string;
                endDate: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                ownerId: string | null;
                plannedBudget: number;
                /** @description Its campaigns' planned spend */
                plannedSpend: number;
                requirements: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                }[];
                reviewComment: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                startDate: string | null;
                /** @enum {string} */
                status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Propose a program answering requirements (marketing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            channels?: (
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product'
            )[];
            /** @description What will be done */
            description?: string;
            endDate?: string | null;
            name: string;
            /** @description A member; defaults to the creator */
            ownerId?: string | null;
            plannedBudget?: number;
            requirementIds: string[];
            startDate?: string | null;
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
            'application/json': {
              /** @description Its campaigns' actual spend */
              actualSpend: number;
              /** @description Statuses the caller may move it to */
              allowedTransitions: (
                'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
              )[];
              campaignCount: number;
              channels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              ownerId: string | null;
              plannedBudget: number;
              /** @description Its campaigns' planned spend */
              plannedSpend: number;
              requirements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              reviewComment: string;
              reviewedAt: string | null;
              reviewedBy: string | null;
              startDate: string | null;
              /** @enum {string} */
              status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/programs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A program */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description Its campaigns' actual spend */
              actualSpend: number;
              /** @description Statuses the caller may move it to */
              allowedTransitions: (
                'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
              )[];
              campaignCount: number;
              channels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              ownerId: string | null;
              plannedBudget: number;
              /** @description Its campaigns' planned spend */
              plannedSpend: number;
              requirements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              reviewComment: string;
              reviewedAt: string | null;
              reviewedBy: string | null;
              startDate: string | null;
              /** @enum {string} */
              status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a program without campaigns */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a program or move it along (marketing) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            channels?: (
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product'
            )[];
            /** @description What will be done */
            description?: string;
            endDate?: string | null;
            name?: string;
            /** @description A member; defaults to the creator */
            ownerId?: string | null;
            plannedBudget?: number;
            requirementIds?: string[];
            startDate?: string | null;
            /**
             * @description Owner steps: sent_back → proposed, accepted → in_progress → done, → cancelled
             * @enum {string}
             */
            status?: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
            version?: number;
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
            'application/json': {
              /** @description Its campaigns' actual spend */
              actualSpend: number;
              /** @description Statuses the caller may move it to */
              allowedTransitions: (
                'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
              )[];
              campaignCount: number;
              channels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              ownerId: string | null;
              plannedBudget: number;
              /** @description Its campaigns' planned spend */
              plannedSpend: number;
              requirements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              reviewComment: string;
              reviewedAt: string | null;
              reviewedBy: string | null;
              startDate: string | null;
              /** @enum {string} */
              status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/programs/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a proposed program (product marketing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            version?: number;
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
            'application/json': {
              /** @description Its campaigns' actual spend */
              actualSpend: number;
              /** @description Statuses the caller may move it to */
              allowedTransitions: (
                'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
              )[];
              campaignCount: number;
              channels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              ownerId: string | null;
              plannedBudget: number;
              /** @description Its campaigns' planned spend */
              plannedSpend: number;
              requirements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              reviewComment: string;
              reviewedAt: string | null;
              reviewedBy: string | null;
              startDate: string | null;
              /** @enum {string} */
              status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/programs/{id}/propose': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-propose a program that was sent back (marketing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
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
            'application/json': {
              /** @description Its campaigns' actual spend */
              actualSpend: number;
              /** @description Statuses the caller may move it to */
              allowedTransitions: (
                'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
              )[];
              campaignCount: number;
              channels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              ownerId: string | null;
              plannedBudget: number;
              /** @description Its campaigns' planned spend */
              plannedSpend: number;
              requirements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              reviewComment: string;
              reviewedAt: string | null;
              reviewedBy: string | null;
              startDate: string | null;
              /** @enum {string} */
              status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/programs/{id}/send-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a proposed program back with a comment (product marketing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment: string;
            version?: number;
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
            'application/json': {
              /** @description Its campaigns' actual spend */
              actualSpend: number;
              /** @description Statuses the caller may move it to */
              allowedTransitions: (
                'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled'
              )[];
              campaignCount: number;
              channels: (
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product'
              )[];
              createdAt: string;
              description: string;
              endDate: string | null;
              /** Format: uuid */
              id: string;
              name: string;
              ownerId: string | null;
              plannedBudget: number;
              /** @description Its campaigns' planned spend */
              plannedSpend: number;
              requirements: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              reviewComment: string;
              reviewedAt: string | null;
              reviewedBy: string | null;
              startDate: string | null;
              /** @enum {string} */
              status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/programs/{id}/touchpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A program's journey, in order, with the copy each step quotes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              items: {
                asset: string;
                campaignId: string | null;
                /** @enum {string} */
                channel:
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product';
                createdAt: string;
                /** Format: uuid */
                id: string;
                messageRef: string;
                /** @description The approved copy the reference points at */
                messageText: string | null;
                messagingId: string | null;
                notes: string;
                position: number;
                programId: string | null;
                /** @enum {string} */
                stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
                updatedAt: string;
                version: number;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a step to a program's journey (stages run awareness → consideration → conversion → retention) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The asset shown: a name or URL */
            asset?: string;
            /** @enum {string} */
            channel:
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product';
            /** @description headline | value_proposition | boilerplate_short | boilerplate_medium | boilerplate_long | elevator_pitch | pillar:N — a part of the approved messaging */
            messageRef?: string;
            /** @description Approved messaging the copy comes from */
            messagingId?: string | null;
            notes?: string;
            /** @description Insert here (1 = first); default: last */
            position?: number;
            /** @enum {string} */
            stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
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
            'application/json': {
              asset: string;
              campaignId: string | null;
              /** @enum {string} */
              channel:
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product';
              createdAt: string;
              /** Format: uuid */
              id: string;
              messageRef: string;
              /** @description The approved copy the reference points at */
              messageText: string | null;
              messagingId: string | null;
              notes: string;
              position: number;
              programId: string | null;
              /** @enum {string} */
              stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/programs/{id}/touchpoints/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Reorder a program's journey */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Every step of the journey, in the new order */
            ids: string[];
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
            'application/json': {
              items: {
                asset: string;
                campaignId: string | null;
                /** @enum {string} */
                channel:
                  | 'email'
                  | 'paid_search'
                  | 'paid_social'
                  | 'organic_social'
                  | 'video_ads'
                  | 'content'
                  | 'seo'
                  | 'website'
                  | 'events'
                  | 'pr'
                  | 'webinar'
                  | 'affiliate'
                  | 'direct_sales'
                  | 'in_product';
                createdAt: string;
                /** Format: uuid */
                id: string;
                messageRef: string;
                /** @description The approved copy the reference points at */
                messageText: string | null;
                messagingId: string | null;
                notes: string;
                position: number;
                programId: string | null;
                /** @enum {string} */
                stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
                updatedAt: string;
                version: number;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/release-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Release notes (sort: publishAt (default, newest first, drafts last), createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          published?: 'true' | 'false';
          releaseId?: string;
          sort?: string;
          visibility?: 'internal' | 'public';
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Markdown */
                body: string;
                createdAt: string;
                createdBy: string | null;
                features: {
                  /** Format: uuid */
                  id: string;
                  title: string;
                }[];
                /** Format: uuid */
                id: string;
                /** @description When it is (or will be) published; null while a draft */
                publishAt: string | null;
                /** @description publishAt has passed */
                published: boolean;
                /** Format: uuid */
                releaseId: string;
                releaseName: string;
                title: string;
                updatedAt: string;
                version: number;
                /** @enum {string} */
                visibility: 'internal' | 'public';
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Write a release note */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Markdown, customer-facing */
            body?: string;
            /** @description Shipped features it announces */
            featureIds?: string[];
            /** @description Publish time (ISO 8601); null keeps it a draft */
            publishAt?: string | null;
            /** Format: uuid */
            releaseId: string;
            title: string;
            /**
             * @description internal (default) or public (shown in the changelog)
             * @enum {string}
             */
            visibility?: 'internal' | 'public';
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
            'application/json': {
              /** @description Markdown */
              body: string;
              createdAt: string;
              createdBy: string | null;
              features: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description When it is (or will be) published; null while a draft */
              publishAt: string | null;
              /** @description publishAt has passed */
              published: boolean;
              /** Format: uuid */
              releaseId: string;
              releaseName: string;
              title: string;
              updatedAt: string;
              version: number;
              /** @enum {string} */
              visibility: 'internal' | 'public';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/release-notes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One release note */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description Markdown */
              body: string;
              createdAt: string;
              createdBy: string | null;
              features: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description When it is (or will be) published; null while a draft */
              publishAt: string | null;
              /** @description publishAt has passed */
              published: boolean;
              /** Format: uuid */
              releaseId: string;
              releaseName: string;
              title: string;
              updatedAt: string;
              version: number;
              /** @enum {string} */
              visibility: 'internal' | 'public';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a release note */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a release note (featureIds replaces the announced features) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Markdown, customer-facing */
            body?: string;
            /** @description Shipped features it announces */
            featureIds?: string[];
            /** @description Publish time (ISO 8601); null keeps it a draft */
            publishAt?: string | null;
            /** Format: uuid */
            releaseId?: string;
            title?: string;
            version?: number;
            /**
             * @description internal (default) or public (shown in the changelog)
             * @enum {string}
             */
            visibility?: 'internal' | 'public';
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
            'application/json': {
              /** @description Markdown */
              body: string;
              createdAt: string;
              createdBy: string | null;
              features: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description When it is (or will be) published; null while a draft */
              publishAt: string | null;
              /** @description publishAt has passed */
              published: boolean;
              /** Format: uuid */
              releaseId: string;
              releaseName: string;
              title: string;
              updatedAt: string;
              version: number;
              /** @enum {string} */
              visibility: 'internal' | 'public';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/release-notes/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish now, or schedule with a future publishAt */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date-time */
            publishAt?: string;
            version?: number;
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
            'application/json': {
              /** @description Markdown */
              body: string;
              createdAt: string;
              createdBy: string | null;
              features: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description When it is (or will be) published; null while a draft */
              publishAt: string | null;
              /** @description publishAt has passed */
              published: boolean;
              /** Format: uuid */
              releaseId: string;
              releaseName: string;
              title: string;
              updatedAt: string;
              version: number;
              /** @enum {string} */
              visibility: 'internal' | 'public';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/release-notes/{id}/unpublish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a release note back to draft */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
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
            'application/json': {
              /** @description Markdown */
              body: string;
              createdAt: string;
              createdBy: string | null;
              features: {
                /** Format: uuid */
                id: string;
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              /** @description When it is (or will be) published; null while a draft */
              publishAt: string | null;
              /** @description publishAt has passed */
              published: boolean;
              /** Format: uuid */
              releaseId: string;
              releaseName: string;
              title: string;
              updatedAt: string;
              version: number;
              /** @enum {string} */
              visibility: 'internal' | 'public';
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Releases with their load (sort: targetDate (default, undated last), name, createdAt) */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          /** @description Target date on or after */
          from?: string;
          limit?: number;
          productId?: string;
          sort?: string;
          /** @description Comma-separated statuses */
          status?: string;
          /** @description Target date on or before */
          to?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description Statuses this release may move to next */
                allowedTransitions: ('planned' | 'in_progress' | 'released' | 'cancelled')[];
                capacity: number | null;
                createdAt: string;
                description: string;
                /** @description Features assigned, including won't do */
                featureCount: number;
                /** Format: uuid */
                id: string;
                name: string;
                /** @description plannedEffort exceeds capacity (false when capacity is not set) */
                overCapacity: boolean;
                /** @description Sum of the effort of its features, except won't do */
                plannedEffort: number;
                productId: string | null;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'released' | 'cancelled';
                targetDate: string | null;
                /** @description Features (not won't do) without an effort estimate */
                unestimatedCount: number;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a release (it starts planned) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Effort the release can hold */
            capacity?: number | null;
            description?: string;
            name: string;
            /** @description Product this release belongs to; none for cross-product */
            productId?: string | null;
            /** @description YYYY-MM-DD */
            targetDate?: string | null;
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
            'application/json': {
              /** @description Statuses this release may move to next */
              allowedTransitions: ('planned' | 'in_progress' | 'released' | 'cancelled')[];
              capacity: number | null;
              createdAt: string;
              description: string;
              /** @description Features assigned, including won't do */
              featureCount: number;
              /** Format: uuid */
              id: string;
              name: string;
              /** @description plannedEffort exceeds capacity (false when capacity is not set) */
              overCapacity: boolean;
              /** @description Sum of the effort of its features, except won't do */
              plannedEffort: number;
              productId: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'released' | 'cancelled';
              targetDate: string | null;
              /** @description Features (not won't do) without an effort estimate */
              unestimatedCount: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/releases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A release with its load */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description Statuses this release may move to next */
              allowedTransitions: ('planned' | 'in_progress' | 'released' | 'cancelled')[];
              capacity: number | null;
              createdAt: string;
              description: string;
              /** @description Features assigned, including won't do */
              featureCount: number;
              /** Format: uuid */
              id: string;
              name: string;
              /** @description plannedEffort exceeds capacity (false when capacity is not set) */
              overCapacity: boolean;
              /** @description Sum of the effort of its features, except won't do */
              plannedEffort: number;
              productId: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'released' | 'cancelled';
              targetDate: string | null;
              /** @description Features (not won't do) without an effort estimate */
              unestimatedCount: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a release that holds no features */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Update a release or move it along its workflow */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Effort the release can hold */
            capacity?: number | null;
            description?: string;
            name?: string;
            /** @description Product this release belongs to; none for cross-product */
            productId?: string | null;
            /**
             * @description Workflow: planned → in_progress | cancelled; in_progress → released | planned | cancelled; cancelled → planned; released is final
             * @enum {string}
             */
            status?: 'planned' | 'in_progress' | 'released' | 'cancelled';
            /** @description YYYY-MM-DD */
            targetDate?: string | null;
            version?: number;
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
            'application/json': {
              /** @description Statuses this release may move to next */
              allowedTransitions: ('planned' | 'in_progress' | 'released' | 'cancelled')[];
              capacity: number | null;
              createdAt: string;
              description: string;
              /** @description Features assigned, including won't do */
              featureCount: number;
              /** Format: uuid */
              id: string;
              name: string;
              /** @description plannedEffort exceeds capacity (false when capacity is not set) */
              overCapacity: boolean;
              /** @description Sum of the effort of its features, except won't do */
              plannedEffort: number;
              productId: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'released' | 'cancelled';
              targetDate: string | null;
              /** @description Features (not won't do) without an effort estimate */
              unestimatedCount: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/requirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Go-to-market requirements with the programs answering them (sort: dueDate (default), priority, createdAt) */
    get: {
      parameters: {
        query?: {
          /** @description false: requirements with no accepted program */
          covered?: 'true' | 'false';
          cursor?: string;
          dueBefore?: string;
          launchId?: string;
          limit?: number;
          personaId?: string;
          priority?: string;
          productId?: string;
          sort?: string;
          status?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                /** @description An accepted (or running, or done) program answers it */
                covered: boolean;
                createdAt: string;
                createdBy: string | null;
                desiredOutcome: string;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                launchId: string | null;
                personaId: string | null;
                /** @enum {string} */
                priority: 'low' | 'medium' | 'high' | 'urgent';
                problem: string;
                productId: string | null;
                /** @description Programs answering it */
                programs: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
                }[];
                /** @enum {string} */
                status: 'open' | 'closed' | 'cancelled';
                successMetric: string;
                title: string;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** File a requirement for marketing (product marketing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            desiredOutcome?: string;
            dueDate?: string | null;
            launchId?: string | null;
            /** @description The audience */
            personaId?: string | null;
            /** @enum {string} */
            priority?: 'low' | 'medium' | 'high' | 'urgent';
            /** @description The problem, not the solution */
            problem: string;
            productId?: string | null;
            successMetric?: string;
            title: string;
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
            'application/json': {
              /** @description An accepted (or running, or done) program answers it */
              covered: boolean;
              createdAt: string;
              createdBy: string | null;
              desiredOutcome: string;
              dueDate: string | null;
              /** Format: uuid */
              id: string;
              launchId: string | null;
              personaId: string | null;
              /** @enum {string} */
              priority: 'low' | 'medium' | 'high' | 'urgent';
              problem: string;
              productId: string | null;
              /** @description Programs answering it */
              programs: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              }[];
              /** @enum {string} */
              status: 'open' | 'closed' | 'cancelled';
              successMetric: string;
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/requirements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A requirement and whether it is covered */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              /** @description An accepted (or running, or done) program answers it */
              covered: boolean;
              createdAt: string;
              createdBy: string | null;
              desiredOutcome: string;
              dueDate: string | null;
              /** Format: uuid */
              id: string;
              launchId: string | null;
              personaId: string | null;
              /** @enum {string} */
              priority: 'low' | 'medium' | 'high' | 'urgent';
              problem: string;
              productId: string | null;
              /** @description Programs answering it */
              programs: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              }[];
              /** @enum {string} */
              status: 'open' | 'closed' | 'cancelled';
              successMetric: string;
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a requirement no program answers */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit, close or cancel a requirement */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            desiredOutcome?: string;
            dueDate?: string | null;
            launchId?: string | null;
            /** @description The audience */
            personaId?: string | null;
            /** @enum {string} */
            priority?: 'low' | 'medium' | 'high' | 'urgent';
            problem?: string;
            productId?: string | null;
            /** @enum {string} */
            status?: 'open' | 'closed' | 'cancelled';
            successMetric?: string;
            title?: string;
            version?: number;
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
            'application/json': {
              /** @description An accepted (or running, or done) program answers it */
              covered: boolean;
              createdAt: string;
              createdBy: string | null;
              desiredOutcome: string;
              dueDate: string | null;
              /** Format: uuid */
              id: string;
              launchId: string | null;
              personaId: string | null;
              /** @enum {string} */
              priority: 'low' | 'medium' | 'high' | 'urgent';
              problem: string;
              productId: string | null;
              /** @description Programs answering it */
              programs: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                status: 'proposed' | 'sent_back' | 'accepted' | 'in_progress' | 'done' | 'cancelled';
              }[];
              /** @enum {string} */
              status: 'open' | 'closed' | 'cancelled';
              successMetric: string;
              title: string;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/roadmap/horizons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Now / next / later: in progress and next 6 weeks; planned up to 6 months; the rest
     * @description Now / next / later, the way product teams talk about a roadmap.
     *     Shipped and won't-do features, and released or cancelled releases, are left out. With asOf = today (or the
     *     asOf parameter):
     *     - **now**: features in progress, and every open feature of a release that is in progress or planned with a
     *       target date within the next 6 weeks (overdue releases included);
     *     - **next**: features of planned releases due within 6 months, and planned features that have no dated
     *       planned release;
     *     - **later**: everything else still open: ideas and discovery features not in a near release, and anything in
     *       a release more than 6 months out.
     *     Releases are placed by the same dates (in progress or due within 6 weeks → now, within 6 months → next,
     *     further out or undated → later). Features in each column are sorted by score, best first (unscored last).
     */
    get: {
      parameters: {
        query?: {
          /** @description The day the windows start from (default today, UTC) */
          asOf?: string;
          /** @description Features per column */
          limit?: number;
          productId?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              asOf: string;
              later: {
                /** @description Features in this column in all (the list stops at limit) */
                count: number;
                features: {
                  effort: number | null;
                  /** Format: uuid */
                  id: string;
                  ownerId: string | null;
                  /** Format: uuid */
                  productId: string;
                  releaseId: string | null;
                  score: number | null;
                  /** @enum {string} */
                  status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                  title: string;
                }[];
                releases: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  productId: string | null;
                  /** @enum {string} */
                  status: 'planned' | 'in_progress' | 'released' | 'cancelled';
                  targetDate: string | null;
                }[];
              };
              next: {
                /** @description Features in this column in all (the list stops at limit) */
                count: number;
                features: {
                  effort: number | null;
                  /** Format: uuid */
                  id: string;
                  ownerId: string | null;
                  /** Format: uuid */
                  productId: string;
                  releaseId: string | null;
                  score: number | null;
                  /** @enum {string} */
                  status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                  title: string;
                }[];
                releases: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  productId: string | null;
                  /** @enum {string} */
                  status: 'planned' | 'in_progress' | 'released' | 'cancelled';
                  targetDate: string | null;
                }[];
              };
              /** @description Last day of the "next" window */
              nextUntil: string;
              now: {
                /** @description Features in this column in all (the list stops at limit) */
                count: number;
                features: {
                  effort: number | null;
                  /** Format: uuid */
                  id: string;
                  ownerId: string | null;
                  /** Format: uuid */
                  productId: string;
                  releaseId: string | null;
                  score: number | null;
                  /** @enum {string} */
                  status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                  title: string;
                }[];
                releases: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  productId: string | null;
                  /** @enum {string} */
                  status: 'planned' | 'in_progress' | 'released' | 'cancelled';
                  targetDate: string | null;
                }[];
              };
              /** @description Last day of the "now" window */
              nowUntil: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/roadmap/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Releases in target-date order with their features and effort against capacity
     * @description Undated releases come last. Without a status filter cancelled releases are left out. With productId: releases of that product and cross-product releases holding any of its features. "unscheduled" holds the open features (not shipped or won't do) without a release, best score first, with their count.
     */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          featureLimit?: number;
          /** @description Target date on or after */
          from?: string;
          limit?: number;
          productId?: string;
          status?: string;
          /** @description Target date on or before */
          to?: string;
          unscheduledLimit?: number;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                capacity: number | null;
                featureCount: number;
                /** @description Best score first, at most featureLimit */
                features: {
                  effort: number | null;
                  /** Format: uuid */
                  id: string;
                  ownerId: string | null;
                  /** Format: uuid */
                  productId: string;
                  score: number | null;
                  /** @enum {string} */
                  status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                  title: string;
                }[];
                /** Format: uuid */
                id: string;
                name: string;
                overCapacity: boolean;
                /** @description Sum of the effort of its features, except won't do */
                plannedEffort: number;
                productId: string | null;
                /** @description capacity − plannedEffort (negative when over); null without capacity */
                remaining: number | null;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'released' | 'cancelled';
                targetDate: string | null;
                unestimatedCount: number;
                /** @description plannedEffort as a percentage of capacity, one decimal; null without (or with zero) capacity */
                utilisation: number | null;
              }[];
              nextCursor: string | null;
              unscheduled: {
                count: number;
                features: {
                  effort: number | null;
                  /** Format: uuid */
                  id: string;
                  ownerId: string | null;
                  /** Format: uuid */
                  productId: string;
                  score: number | null;
                  /** @enum {string} */
                  status: 'idea' | 'discovery' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';
                  title: string;
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
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
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
  '/api/v1/workspaces/{workspaceId}/scoring-models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scoring models, one per product */
    get: {
      parameters: {
        query?: {
          cursor?: string;
          limit?: number;
          productId?: string;
          sort?: string;
        };
        header?: never;
        path: {
          workspaceId: string;
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
            'application/json': {
              items: {
                createdAt: string;
                criteria: {
                  key: string;
                  label: string;
                  /** @description Raw demand value worth the full 10 points */
                  saturation?: number;
                  /** @enum {string} */
                  source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
                  weight: number;
                }[];
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'rice' | 'ice' | 'value_effort' | 'weighted';
                /** Format: uuid */
                productId: string;
                /** @description Features whose score changed with this write */
                rescored?: number;
                updatedAt: string;
                version: number;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Set a product's scoring model; rescores its features
     * @description rice: reach × impact (0.25/0.5/1/2/3) × confidence% ÷ effort; ice: impact × confidence × ease (1–10 each); value_effort: value ÷ effort; weighted: Σ(weight × rating 0–10) ÷ Σ|weight|, ratings manual or fed by demand
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            criteria?: {
              key: string;
              label: string;
              /** @description Raw demand value worth the full 10 points */
              saturation?: number;
              /** @enum {string} */
              source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
              weight: number;
            }[];
            /** @enum {string} */
            kind: 'rice' | 'ice' | 'value_effort' | 'weighted';
            /** Format: uuid */
            productId: string;
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
            'application/json': {
              createdAt: string;
              criteria: {
                key: string;
                label: string;
                /** @description Raw demand value worth the full 10 points */
                saturation?: number;
                /** @enum {string} */
                source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
                weight: number;
              }[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'rice' | 'ice' | 'value_effort' | 'weighted';
              /** Format: uuid */
              productId: string;
              /** @description Features whose score changed with this write */
              rescored?: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/api/v1/workspaces/{workspaceId}/scoring-models/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A scoring model */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              createdAt: string;
              criteria: {
                key: string;
                label: string;
                /** @description Raw demand value worth the full 10 points */
                saturation?: number;
                /** @enum {string} */
                source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
                weight: number;
              }[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'rice' | 'ice' | 'value_effort' | 'weighted';
              /** Format: uuid */
              productId: string;
              /** @description Features whose score changed with this write */
              rescored?: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a scoring model: the product goes back to RICE */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
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
            'application/json': {
              rescored: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Change a scoring model; rescores the product’s features in the same transaction
     * @description rice: reach × impact (0.25/0.5/1/2/3) × confidence% ÷ effort; ice: impact × confidence × ease (1–10 each); value_effort: value ÷ effort; weighted: Σ(weight × rating 0–10) ÷ Σ|weight|, ratings manual or fed by demand
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            criteria?: {
              key: string;
              label: string;
              /** @description Raw demand value worth the full 10 points */
              saturation?: number;
              /** @enum {string} */
              source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
              weight: number;
            }[];
            /** @enum {string} */
            kind?: 'rice' | 'ice' | 'value_effort' | 'weighted';
            version?: number;
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
            'application/json': {
              createdAt: string;
              criteria: {
                key: string;
                label: string;
                /** @description Raw demand value worth the full 10 points */
                saturation?: number;
                /** @enum {string} */
                source: 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
                weight: number;
              }[];
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'rice' | 'ice' | 'value_effort' | 'weighted';
              /** Format: uuid */
              productId: string;
              /** @description Features whose score changed with this write */
              rescored?: number;
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/{workspaceId}/touchpoints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a journey step (later steps move up) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
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
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a journey step */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          workspaceId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            asset?: string;
            /** @enum {string} */
            channel?:
              | 'email'
              | 'paid_search'
              | 'paid_social'
              | 'organic_social'
              | 'video_ads'
              | 'content'
              | 'seo'
              | 'website'
              | 'events'
              | 'pr'
              | 'webinar'
              | 'affiliate'
              | 'direct_sales'
              | 'in_product';
            /** @description headline | value_proposition | boilerplate_short | boilerplate_medium | boilerplate_long | elevator_pitch | pillar:N — a part of the approved messaging */
            messageRef?: string;
            messagingId?: string | null;
            notes?: string;
            /** @enum {string} */
            stage?: 'awareness' | 'consideration' | 'conversion' | 'retention';
            version?: number;
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
            'application/json': {
              asset: string;
              campaignId: string | null;
              /** @enum {string} */
              channel:
                | 'email'
                | 'paid_search'
                | 'paid_social'
                | 'organic_social'
                | 'video_ads'
                | 'content'
                | 'seo'
                | 'website'
                | 'events'
                | 'pr'
                | 'webinar'
                | 'affiliate'
                | 'direct_sales'
                | 'in_product';
              createdAt: string;
              /** Format: uuid */
              id: string;
              messageRef: string;
              /** @description The approved copy the reference points at */
              messageText: string | null;
              messagingId: string | null;
              notes: string;
              position: number;
              programId: string | null;
              /** @enum {string} */
              stage: 'awareness' | 'consideration' | 'conversion' | 'retention';
              updatedAt: string;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/workspaces/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import an export document as a new workspace: I am its only member (admin), the file's other members are invited; too large (TANDEM_IMPORT_MAX_BYTES) is 413 */
    post: {
      parameters: {
        query?: {
          /** @description Name of the new workspace */
          name?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      /** @description A document from GET /api/v1/workspaces/{workspaceId}/export */
      requestBody: {
        content: {
          'application/json': {
            [key: string]: unknown;
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
            'application/json': {
              counts: {
                [key: string]: number;
              };
              /** @description The file's other members, invited with their role */
              invited: number;
              name: string;
              /** Format: uuid */
              workspaceId: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description Default Response */
        422: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              currentVersion?: number;
              detail: string;
              errors?: {
                message: string;
                path: string;
              }[];
              instance?: string;
              ownerRoles?: string[];
              status: number;
              title: string;
              type: string;
            } & {
              [key: string]: unknown;
            };
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
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Answers 200 when the database answers */
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
          content?: never;
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
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
